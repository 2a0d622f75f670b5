import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { seriousViolations } from './support/axe';
import { AnalystNamePage, historyEntries } from './support/analystNamePage';
import { screenshotsAtEverySize } from './support/screenshots';
import { storedSetting } from './support/storeSettings';
import { WorkbenchPage } from './support/workbenchPage';

const tencent = 'Uzbektelecom–Tencent agreements';

// Each test takes its screenshots at three sizes in two themes, the dashboard's charts drawn each time.
test.slow();

/** The value a backup workbook's _about sheet gives for `key`. */
function aboutValue(path: string, key: string): unknown {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.readFile(path).Sheets['_about']!, { header: 1 });
  return rows.find((row) => row[0] === key)?.[1];
}

test('a first start asks the analyst’s name, which then signs history, annotations and backups', async ({ page }) => {
  const app = new WorkbenchPage(page);
  const naming = new AnalystNamePage(page);
  await page.goto('/');
  await expect(naming.welcomeCard).toBeVisible();
  // The card waits to be answered: it takes neither the focus nor a keystroke from the tables.
  expect(await naming.focusIsInWelcomeCard()).toBe(false);
  expect(await seriousViolations(page), 'welcome card').toEqual([]);
  await screenshotsAtEverySize(page, 'welcome-card');

  await naming.welcomeNameField().fill('  Nigora Karimova ');
  await naming.welcomeCard.getByRole('button', { name: 'Save' }).click();
  await expect(naming.welcomeCard).toHaveCount(0);
  await expect(app.notice('Your changes are now signed “Nigora Karimova”')).toBeVisible();
  expect(await storedSetting(page, 'analyst-name')).toBe('Nigora Karimova');

  await app.section('Deals').click();
  await app.openRecord(tencent);
  await app.detailPane.getByRole('button', { name: 'Edit…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit deal' });
  await edit.getByLabel('Status').selectOption({ label: 'Completed' });
  await edit.getByLabel('Date').fill('2024');
  await edit.getByLabel('Value').fill('approx. USD 30 million');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);

  const latest = historyEntries(app.detailPane).first();
  await expect(latest).toContainText('Status: Signed → Completed');
  await expect(latest).toContainText('Date: Jun–Jul 2023 → 2024');
  await expect(latest).toContainText('Value: — → approximately USD 30 million');
  await expect(latest).toContainText('Nigora Karimova');
  await expect(latest.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  await expect(
    latest.getByRole('button', { name: /^Undo: Status: Signed → Completed; Date: Jun–Jul 2023 → 2024/ }),
  ).toBeVisible();

  await app.detailPane.getByRole('button', { name: 'Annotate…' }).click();
  const annotate = page.getByRole('dialog', { name: `Annotate “${tencent}”` });
  await annotate.getByLabel('Note').fill('Completion reported by the ministry in 2024.');
  await annotate.getByRole('button', { name: 'Save annotation' }).click();
  await expect(app.detailPane.getByRole('region', { name: 'Annotations' })).toContainText('Nigora Karimova');

  await app.detailPane.getByRole('button', { name: 'Edit…' }).click();
  await edit.getByLabel('Place').fill('Tashkent');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(historyEntries(app.detailPane).first()).toContainText('Place: — → Tashkent');
  // The notices of the saves lie over the history for a few seconds; the screenshots show it whole.
  await expect(app.notice(/./)).toHaveCount(0);
  await screenshotsAtEverySize(page, 'history-with-changes', app.detailPane.getByRole('region', { name: 'History' }));

  const download = page.waitForEvent('download');
  await app.runDataCommand('Save data as workbook…');
  const path = test.info().outputPath('data.xlsx');
  await (await download).saveAs(path);
  expect(aboutValue(path, 'savedBy')).toBe('Nigora Karimova');
  const chooser = page.waitForEvent('filechooser');
  await app.runDataCommand('Open data workbook…');
  await (await chooser).setFiles(path);
  await expect(page.getByRole('dialog', { name: 'Restore data.xlsx?' })).toContainText('by Nigora Karimova');
});

test('skipping the name is remembered across a reload, and the name is given later from the Data menu', async ({ page }) => {
  const app = new WorkbenchPage(page);
  const naming = new AnalystNamePage(page);
  await page.goto('/');
  await naming.welcomeCard.getByRole('button', { name: 'Skip' }).click();
  await expect(naming.welcomeCard).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Headline figures' })).toBeVisible();
  await expect(naming.welcomeCard).toHaveCount(0);

  await app.runDataCommand('Your name…');
  await expect(naming.dialogNameField()).toBeFocused();
  await expect(naming.dialogNameField()).toHaveValue('');
  await naming.dialogNameField().fill('   ');
  await naming.dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(naming.dialog.getByRole('alert')).toHaveText('Could not save your name: expected a name.');
  expect(await storedSetting(page, 'analyst-name')).toBeUndefined();

  await naming.dialogNameField().fill('Aziz Rakhimov');
  expect(await seriousViolations(page), 'name dialog').toEqual([]);
  await screenshotsAtEverySize(page, 'name-dialog');
  await naming.dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(naming.dialog).toHaveCount(0);

  await app.runDataCommand('Your name…');
  await expect(naming.dialogNameField()).toHaveValue('Aziz Rakhimov');
  await naming.dialog.getByRole('button', { name: 'Cancel' }).click();

  await app.section('Deals').click();
  await app.openRecord(tencent);
  await app.detailPane.getByRole('button', { name: 'Edit…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit deal' });
  await edit.getByLabel('Place').fill('Beijing');
  await edit.getByRole('button', { name: 'Save' }).click();
  const latest = historyEntries(app.detailPane).first();
  await expect(latest).toContainText('Place: — → Beijing');
  await expect(latest).toContainText('Aziz Rakhimov');
});
