import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './support/appPage';
import { seriousViolations } from './support/axe';
import { editBackupSettings } from './support/backupWorkbookFile';
import { SavedViewsMenu } from './support/savedViewsMenu';
import { readStore } from './support/storeReader';

const dealTitle = 'Uzbektelecom–Tencent agreements';

test('saves all data as a workbook and opens it into a reset store', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openRecord(dealTitle);
  await app.detailPane.getByRole('button', { name: 'Delete' }).click();
  await expect(app.section('Deals')).toContainText('10');
  const saved = await readStore(page);

  const download = page.waitForEvent('download');
  await app.runDataCommand('Save data as workbook…');
  const path = test.info().outputPath('data.xlsx');
  await (await download).saveAs(path);
  expect((await download).suggestedFilename()).toMatch(/^silk-ledger-data-\d{4}-\d{2}-\d{2}\.xlsx$/);

  await app.runDataCommand('Reset data…');
  await page.getByRole('dialog', { name: 'Reset to the default dataset?' }).getByRole('button', { name: 'Reset' }).click();
  await expect(app.section('Deals')).toContainText('11');

  const chooser = page.waitForEvent('filechooser');
  await app.runDataCommand('Open data workbook…');
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore data.xlsx?' });
  await expect(dialog).toContainText('by Analyst');
  const counts = dialog.getByRole('table', { name: 'Records in the backup and in the store now' });
  await expect(counts.getByRole('row', { name: /^Deals/ })).toHaveText(/Deals\s*11\s*\(1 deleted\)\s*11/);
  await page.screenshot({ path: 'test-results/screens/restore-preview.png' });
  expect(await seriousViolations(page), 'restore preview').toEqual([]);
  await dialog.getByRole('checkbox', { name: 'Back up the current data first' }).uncheck();
  await dialog.getByRole('button', { name: 'Replace my data' }).click();

  await expect(page.locator('.notice').filter({ hasText: 'Restored data.xlsx' })).toBeVisible();
  await expect(app.section('Deals')).toContainText('10');
  const restored = await readStore(page);
  expect(restored.deals).toEqual(saved.deals);
  // Everything came back, plus the note of the restore among the settings.
  expect(restored.counts).toEqual({ ...saved.counts, meta: saved.counts['meta'] + 1 });
});

test('backs up as a checksummed download and refuses a damaged backup, changing nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const download = page.waitForEvent('download');
  await app.runDataCommand('Back up now');
  expect((await download).suggestedFilename()).toMatch(/^silk-ledger-.+\.silkbackup$/);
  const path = test.info().outputPath('backup.silkbackup');
  await (await download).saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 20).toString()).toBe('SILK-LEDGER-SNAPSHOT');

  const truncated = test.info().outputPath('truncated.silkbackup');
  writeFileSync(truncated, bytes.subarray(0, bytes.byteLength - 500));
  const before = await readStore(page);
  const chooser = page.waitForEvent('filechooser');
  await app.runDataCommand('Restore from backup…');
  await (await chooser).setFiles(truncated);
  const dialog = page.getByRole('dialog', { name: 'Nothing was restored' });
  await expect(dialog.getByRole('alert')).toContainText('truncated.silkbackup cannot be restored: it is truncated');
  await page.screenshot({ path: 'test-results/screens/restore-refused.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await readStore(page)).toEqual(before);

  const intact = page.waitForEvent('filechooser');
  await app.runDataCommand('Restore from backup…');
  await (await intact).setFiles(path);
  await expect(page.getByRole('dialog', { name: 'Restore backup.silkbackup?' })).toBeVisible();
});

test('opens a backup whose settings were edited by hand: the preview lists what it leaves out, and the rest is restored', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const views = new SavedViewsMenu(page);
  await views.save('Telecom deals');
  await expect(views.view('Telecom deals')).toBeVisible();
  await views.save('All deals');
  await expect(views.view('All deals')).toBeVisible();

  const download = page.waitForEvent('download');
  await app.runDataCommand('Save data as workbook…');
  const path = test.info().outputPath('edited.xlsx');
  await (await download).saveAs(path);
  // Someone changed a saved view's filter in a spreadsheet program and added a setting of their own.
  editBackupSettings(path, (rows) => [
    ...rows.map(([key, value]) => [
      key,
      key === 'saved-views:deals' ? value.replace('"showDeleted":false', '"showDeleted":"no"') : value,
    ]),
    ['colour-theme', '"dark"'],
  ]);

  const chooser = page.waitForEvent('filechooser');
  await app.runDataCommand('Open data workbook…');
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore edited.xlsx?' });
  const leftOut = dialog.getByRole('region', { name: 'Settings left out' });
  await expect(leftOut).toContainText('2 settings in the backup will not be restored');
  await expect(leftOut.getByRole('listitem')).toHaveText([
    /^Sheet Meta, row \d+: the setting “saved-views:deals” is left out: its value is not valid for the saved views of a table \(\d\.filter\.showDeleted: .+\)\.$/,
    /^Sheet Meta, row \d+: the setting “colour-theme” is left out: Silk Ledger has no such setting\.$/,
  ]);
  await page.screenshot({ path: 'test-results/screens/restore-preview-settings-left-out.png' });
  expect(await seriousViolations(page), 'restore preview with settings left out').toEqual([]);
  await dialog.getByRole('checkbox', { name: 'Back up the current data first' }).uncheck();
  await dialog.getByRole('button', { name: 'Replace my data' }).click();

  await expect(page.locator('.notice').filter({ hasText: 'Restored edited.xlsx' })).toBeVisible();
  await views.open();
  await expect(views.panel).toContainText('No saved views yet.');
});
