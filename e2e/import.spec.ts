import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ImportPage } from './support/importPage';
import { writeSheetFile } from './support/sheetFile';

/** Windows-1251 puts А–я at 0xC0–0xFF in order, which covers every letter these fixtures use. */
function encodeWindows1251(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return 0xc0 + code - 0x410;
      throw new Error(`No Windows-1251 byte for “${char}” in this fixture`);
    }),
  );
}

function writeDealsWorkbook(path: string): void {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Title', 'Signed', 'Partner', 'Amount, USD'],
    ['Fibre backbone to Karakalpakstan', '2024-03-15', 'JSC Uzbektelecom', 12_000_000],
    ['Samarkand cloud region', '31/02/2024', 'Huawei', 5_000_000],
    ['Smart city pilot in Nukus', '2024-05-02', 'China Unicom', 750_000],
  ]);
  writeSheetFile(path, 'Deals 2024', sheet);
}

test('imports a deals workbook after fixing an impossible date, then undoes it', async ({ page }) => {
  const path = test.info().outputPath('deals-2024.xlsx');
  writeDealsWorkbook(path);
  const app = new ImportPage(page);
  await app.open();
  await expect(app.sidebarCount('Deals')).toHaveText('11');
  const organizations = await app.sidebarCount('Organizations').textContent();

  await app.importFile(path);
  await expect(app.dialog.getByRole('combobox', { name: 'Import as' })).toHaveValue('deals');
  await expect(app.counts).toHaveText('2 to add, 0 to update, 0 unchanged, 1 rejected, 0 skipped');
  await expect(app.dialog.getByText(/^Row 3, column B \(Signed\): /)).toBeVisible();
  await expect(app.importButton).toBeDisabled();
  await app.previewRow(3).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/import-preview.png' });

  await app.fixCell(3, 'B', '2024-02-20');
  await expect(app.counts).toHaveText('3 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await expect(app.importButton).toHaveText('Import 3 records');
  await app.importButton.click();

  await expect(app.dialog).toBeHidden();
  await expect(app.notice('Imported deals-2024.xlsx: 3 added, 0 updated.')).toBeVisible();
  await expect(app.sidebarCount('Deals')).toHaveText('14');
  // "JSC Uzbektelecom" is the stored Uzbektelecom, and the other partners are stored too.
  await expect(app.sidebarCount('Organizations')).toHaveText(organizations!);

  await app.undoButton().click();
  await expect(app.sidebarCount('Deals')).toHaveText('11');
});

test('the preview keeps each value to one line, whole in its tooltip', async ({ page }) => {
  const description = 'Поставка оборудования для магистральной сети, этап 2; 华为提供核心网设备与培训服务，分三期交付. '
    .repeat(6)
    .trim();
  const path = test.info().outputPath('long-descriptions.xlsx');
  writeSheetFile(
    path,
    'Deals',
    XLSX.utils.aoa_to_sheet([
      ['Title', 'Signed', 'Description'],
      ['Fibre backbone to Karakalpakstan', '2024-03-15', description],
      ['Smart city pilot in Nukus', '2024-05-02', 'Pilot'],
    ]),
  );
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  await expect(app.counts).toHaveText('2 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');

  const long = app.previewRow(2).getByRole('cell', { name: description });
  await expect(long).toHaveAttribute('title', description);
  const longRow = await app.previewRow(2).boundingBox();
  const shortRow = await app.previewRow(3).boundingBox();
  expect(longRow!.height).toBe(shortRow!.height);
});

test('imports a Windows-1251 CSV with semicolons and decimal commas', async ({ page }) => {
  const path = test.info().outputPath('soglashenie.csv');
  writeFileSync(path, encodeWindows1251('Название;Дата;Сумма\r\nСоглашение о связи;25.06.2015;1 234,50 USD\r\n'));
  const app = new ImportPage(page);
  await app.open();

  await app.importFile(path);
  await expect(app.previewRow(2)).toContainText('Соглашение о связи');
  await expect(app.previewRow(2)).toContainText('Add');
  await expect(app.counts).toHaveText('1 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await app.importButton.click();

  await expect(app.dialog).toBeHidden();
  await expect(app.sidebarCount('Deals')).toHaveText('12');
  const row = app.table().getByRole('row').filter({ hasText: 'Соглашение о связи' });
  await expect(row).toContainText(/1,234\.5/);
});

test('explains a corrupt workbook and writes nothing', async ({ page }) => {
  const path = test.info().outputPath('broken.xlsx');
  let seed = 7;
  const noise = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
  writeFileSync(path, Buffer.concat([Buffer.from('PK\u0003\u0004'), noise]));
  const app = new ImportPage(page);
  await app.open();

  await app.importFile(path);
  // The worker that reads the file starts cold; on a loaded CI machine that can take a while.
  await expect(app.alert).toContainText('broken.xlsx', { timeout: 20_000 });
  await expect(app.importButton).toHaveCount(0);
  await app.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.dialog).toBeHidden();
  await expect(app.sidebarCount('Deals')).toHaveText('11');
});
