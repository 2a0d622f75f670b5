import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ImportPage } from './support/importPage';
import { writeSheetFile } from './support/sheetFile';

test('imports a workbook in a development build, where React runs every effect twice', async ({ page }) => {
  const path = test.info().outputPath('deals-2025.xlsx');
  writeSheetFile(
    path,
    'Deals 2025',
    XLSX.utils.aoa_to_sheet([
      ['Title', 'Signed', 'Amount, USD'],
      ['Tashkent data centre expansion', '2025-02-10', 3_500_000],
      ['Fergana valley 5G pilot', '2025-04-22', 900_000],
    ]),
  );
  const app = new ImportPage(page);
  await app.open();
  await expect(app.sidebarCount('Deals')).toHaveText('11');

  await app.importFile(path);
  await expect(app.dialog.getByRole('region', { name: '1. Sheet and header' })).toBeVisible();
  await expect(app.previewRow(2)).toContainText('Tashkent data centre expansion');
  await expect(app.counts).toHaveText('2 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await app.importButton.click();

  await expect(app.dialog).toBeHidden();
  await expect(app.notice('Imported deals-2025.xlsx: 2 added, 0 updated.')).toBeVisible();
  await expect(app.sidebarCount('Deals')).toHaveText('13');
});
