import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ImportPage } from './support/importPage';
import { writeSheetFile } from './support/sheetFile';

// Every date could be either order and every amount either 1.5 thousand or one and a half, with no currency:
// the file alone cannot say what it means, so the analyst must.
const ambiguousCsv = [
  'Title,Signed,Amount',
  '"Data centre, Tashkent",03/04/2024,"1.500"',
  'Cloud pilot,05/06/2023,"2.250"',
  '',
].join('\r\n');

test('the analyst settles day/month order, decimal separator and currency for a whole column', async ({ page }) => {
  const path = test.info().outputPath('ambiguous.csv');
  writeFileSync(path, ambiguousCsv);
  const app = new ImportPage(page);
  await app.open();

  await app.importFile(path);
  await expect(app.counts).toHaveText('0 to add, 0 to update, 0 unchanged, 2 rejected, 0 skipped');
  const formats = app.dialog.getByRole('group', { name: 'How values are written' });
  await expect(formats).toContainText('column B (Signed)');
  await page.screenshot({ path: test.info().outputPath('format-choices.png') });

  await formats.getByRole('combobox', { name: 'Order of day and month in column B (Signed)' }).selectOption('day');
  await formats.getByRole('combobox', { name: 'Decimal separator in column C (Amount)' }).selectOption(',');
  await formats.getByRole('combobox', { name: 'Currency of amounts that name none' }).selectOption('CNY');
  await expect(app.counts).toHaveText('2 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  await app.openRecord('Data centre, Tashkent');
  const detail = page.getByRole('complementary');
  await expect(detail).toContainText('3 Apr 2024');
  await expect(detail).toContainText(/CNY\s*1,500/);
});

test('skipped rows download as a workbook that says what was wrong with each', async ({ page }) => {
  const path = test.info().outputPath('with-bad-rows.xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Title', 'Signed', 'Amount, USD'],
    ['Optical fibre to Termez', '2024-03-15', 1_000_000],
    ['Smart grid in Fergana', 'someday', 2_000_000],
    ['Drone pilot in Jizzakh', '2024-07-01', 'lots'],
  ]);
  writeSheetFile(path, 'Deals', sheet);
  const app = new ImportPage(page);
  await app.open();

  await app.importFile(path);
  await expect(app.counts).toHaveText('1 to add, 0 to update, 0 unchanged, 2 rejected, 0 skipped');
  await app.dialog.getByRole('checkbox', { name: 'Skip row 3' }).check();
  await app.dialog.getByRole('checkbox', { name: 'Skip row 4' }).check();
  await expect(app.counts).toHaveText('1 to add, 0 to update, 0 unchanged, 0 rejected, 2 skipped');

  const download = page.waitForEvent('download');
  await app.dialog.getByRole('button', { name: 'Download skipped rows' }).click();
  const file = await download;
  const skipped = XLSX.read(readFileSync(await file.path()), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(skipped.Sheets[skipped.SheetNames[0]!]!);
  expect(rows.map((row) => [row['Title'], row['Excel row']])).toEqual([
    ['Smart grid in Fergana', 3],
    ['Drone pilot in Jizzakh', 4],
  ]);
  // Left out by the analyst, both rows still name the cell that made them fail.
  expect(String(rows[0]!['Error'])).toMatch(/Signed/);
  expect(String(rows[1]!['Error'])).toMatch(/Amount/);

  await app.importButton.click();
  await expect(app.sidebarCount('Deals')).toHaveText('12');
});

test('a large file’s rejected rows are skipped in one go, and the preview stays a few hundred rows', async ({ page }) => {
  const path = test.info().outputPath('many-bad-rows.xlsx');
  const rowCount = 3000;
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Title', 'Signed', 'Amount, USD'],
    ...Array.from({ length: rowCount }, (_, index) => [
      `Base station ${index + 1}`,
      index % 3 === 0 ? 'someday' : '2024-03-15',
      100_000 + index,
    ]),
  ]);
  writeSheetFile(path, 'Deals', sheet);
  const app = new ImportPage(page);
  await app.open();

  await app.importFile(path);
  await expect(app.counts).toHaveText('2000 to add, 0 to update, 0 unchanged, 1000 rejected, 0 skipped', { timeout: 60_000 });
  const shownRows = app.dialog.locator('.import-rows tbody tr');
  expect(await shownRows.count()).toBeLessThan(rowCount / 3);
  await app.dialog.getByRole('button', { name: 'Skip all 1,000 rejected rows' }).click();
  await expect(app.counts).toHaveText('2000 to add, 0 to update, 0 unchanged, 0 rejected, 1000 skipped', { timeout: 60_000 });

  await app.importButton.click();
  await expect(app.sidebarCount('Deals')).toHaveText('2,011', { timeout: 60_000 });
});
