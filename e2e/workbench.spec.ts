import { expect, test } from '@playwright/test';
import { SavedViewsMenu } from './support/savedViewsMenu';
import { WorkbenchPage } from './support/workbenchPage';

const tencent = 'Uzbektelecom–Tencent agreements';
const unicom = 'Uzbektelecom–China Unicom agreement on international telecommunications services';
const telecom =
  'Uzbektelecom–China Telecom inter-operator agreement on direct transit services and leased communication channels';

test('filters the deals table by kind, year range and party', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.filterBy('Kind', 'Inter-operator agreement');
  await app.expectTitles([telecom, unicom]);
  await expect(app.main).toContainText('2 of 11 records');

  await app.clearFilters();
  await app.filterRange('Year', '2016', '2020');
  await expect(app.filterChip('Years 2016–2020')).toBeVisible();
  await expect(app.rows()).toHaveCount(2);
  await expect(app.rowTitled('Uzbektelecom telecommunication infrastructure expansion projects (2016–2025)')).toHaveCount(1);

  await app.clearFilters();
  await app.filterBy('Party', 'Tencent');
  await app.expectTitles([tencent]);
  await page.screenshot({ path: 'test-results/screens/deals-filtered.png' });
});

test('saves a filtered deals table as a view and applies it again after the app is reopened', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.filterBy('Kind', 'Inter-operator agreement');
  await app.expectTitles([telecom, unicom]);
  const views = new SavedViewsMenu(page);
  await views.save('Inter-operator agreements');
  await expect(app.notice('Saved the view “Inter-operator agreements”.')).toBeVisible();

  await page.reload();
  await expect(app.main.getByRole('heading', { name: 'Deals' })).toBeVisible();
  await expect(app.rows()).toHaveCount(11);
  await views.open();
  await views.view('Inter-operator agreements').click();
  await app.expectTitles([telecom, unicom]);
  await expect(app.main).toContainText('2 of 11 records');
});

test('deletes and restores a deal, and undoes a bulk delete in one step', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.openRecord(tencent);
  await app.detailPane.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(app.rowTitled(tencent)).toHaveCount(0);
  await expect(app.section('Deals')).toContainText('10');

  await app.showDeleted();
  await app.openRecord(tencent);
  await expect(app.detailPane).toContainText('Deleted on');
  await app.detailPane.getByRole('button', { name: 'Restore' }).click();
  await expect(app.section('Deals')).toContainText('11');
  await app.removeFilterChip('Deleted records included');

  await app.selectRow(unicom);
  await app.selectRow(telecom);
  await app.bulkBar.getByRole('button', { name: 'Delete' }).click();
  await expect(app.section('Deals')).toContainText('9');
  await app.notice('Deleted 2 deals').getByRole('button', { name: 'Undo' }).click();
  await expect(app.section('Deals')).toContainText('11');
  await expect(app.rowTitled(unicom)).toHaveCount(1);
});

test('undoes a change from the history of a record', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.openRecord(tencent);
  await app.detailPane.getByRole('button', { name: 'Delete', exact: true }).click();
  await app.showDeleted();
  await app.openRecord(tencent);
  const history = app.detailPane.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await history.getByRole('button', { name: 'Undo: Deleted' }).click();
  await expect(app.section('Deals')).toContainText('11');
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').first()).toContainText('Restored');
});

test('annotates a deal and finds the note in the Annotations view by tag and author', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.openRecord(tencent);
  await app.detailPane.getByRole('button', { name: 'Annotate…' }).click();
  const dialog = page.getByRole('dialog', { name: `Annotate “${tencent}”` });
  await dialog.getByLabel('Note').fill('Ask Uzbektelecom which services the agreements cover.');
  await dialog.getByLabel('Tags (separated by commas)').fill('follow-up, tencent');
  await dialog.getByLabel('Confidence').selectOption('medium');
  await dialog.getByRole('button', { name: 'Save annotation' }).click();
  await expect(app.detailPane.getByRole('region', { name: 'Annotations' })).toContainText('Ask Uzbektelecom which services');

  await app.section('Annotations').click();
  await app.filterBy('Tag', 'follow-up');
  await expect(app.rows()).toHaveCount(1);
  await app.filterBy('Author', 'Analyst');
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Ask Uzbektelecom which services');
  await page.screenshot({ path: 'test-results/screens/annotations.png' });
});

test('tags several deals at once from the selection', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.selectRow(unicom);
  await app.selectRow(telecom);
  await app.bulkBar.getByRole('button', { name: 'Tag or annotate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annotate 2 records' });
  await dialog.getByLabel('Tags (separated by commas)').fill('operator-deals');
  await dialog.getByRole('button', { name: 'Save annotation' }).click();
  await app.filterBy('Tag', 'operator-deals');
  await app.expectTitles([telecom, unicom]);
});

test('copies the selected rows as tab-separated text that pastes into Excel', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new WorkbenchPage(page);
  await app.open();
  await app.selectRow(unicom);
  await app.bulkBar.getByRole('button', { name: 'Copy as table' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const [header, row] = text.split('\r\n');
  expect(header.split('\t').slice(0, 6)).toEqual(['Title', 'Status', 'Value (USD)', 'Date', 'Sectors', 'Kind']);
  expect(row.split('\t').slice(0, 6)).toEqual([
    unicom,
    'Signed',
    '',
    '25 Jun 2015',
    'telecommunications',
    'Inter-operator agreement',
  ]);
});

test('the row context menu works from the keyboard', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.table().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Open details' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Annotate…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await app.table().focus();
  await page.keyboard.press('Shift+F10');
  await menu.getByRole('menuitem', { name: 'Annotate…' }).click();
  await expect(page.getByRole('dialog', { name: /^Annotate “Agreement/ })).toBeVisible();
});

test('Ctrl+Z undoes the last change to the records and Ctrl+Shift+Z redoes it', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.openRecord(tencent);
  await app.detailPane.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(app.section('Deals')).toContainText('10');
  await app.table().focus();
  await page.keyboard.press('Control+z');
  await expect(app.section('Deals')).toContainText('11');
  await page.keyboard.press('Control+Shift+z');
  await expect(app.section('Deals')).toContainText('10');
});
