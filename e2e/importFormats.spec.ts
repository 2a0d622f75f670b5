import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ImportPage } from './support/importPage';
import { writeSheetFile } from './support/sheetFile';

/** A ministry-style sheet: a title row, then "Amount" merged over two sub-headers. */
function writeTwoHeaderWorkbook(path: string): void {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Telecom agreements with Chinese partners, 2025'],
    [],
    ['Title', 'Date of signing', 'Amount', null],
    [null, null, 'Value', 'Currency'],
    ['Data centre in Tashkent', '2025-04-10', 25_000_000, 'USD'],
    ['Fibre link to Kashgar', '2025-05-20', 40_000_000, 'USD'],
  ]);
  sheet['!merges'] = [
    { s: { r: 2, c: 2 }, e: { r: 2, c: 3 } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } },
  ];
  writeSheetFile(path, 'Agreements', sheet);
}

function writeOdsWorkbook(path: string): void {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Name', 'Country', 'Aliases'],
    ['Alibaba Cloud', 'Китай', 'Aliyun'],
    ['Uzbek Telecom Research Institute', 'O‘zbekiston', ''],
  ]);
  writeSheetFile(path, 'Организации', sheet, 'ods');
}

test('imports a workbook with a title row, two header rows and merged header cells', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('ministry-agreements.xlsx');
  writeTwoHeaderWorkbook(path);
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  await expect(app.dialog).toContainText('Amount Value');
  await expect(app.counts).toContainText('2 to add');
  await app.importButton.click();
  await expect(app.sidebarCount('Deals')).toHaveText('13');
  await app.openRecord('Fibre link to Kashgar');
  await expect(app.detailPane).toContainText('20 May 2025');
  await expect(app.detailPane).toContainText('USD 40 million');
});

test('imports organizations from an OpenDocument spreadsheet with Cyrillic and Uzbek country names', async ({
  page,
}, testInfo) => {
  const path = testInfo.outputPath('organizations.ods');
  writeOdsWorkbook(path);
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  await expect(app.dialog.getByRole('combobox', { name: 'Import as' })).toHaveValue('organizations');
  await expect(app.counts).toContainText('2 to add');
  await app.importButton.click();
  await expect(app.sidebarCount('Organizations')).toHaveText('26');
  await app.section('Organizations').click();
  await app.openRecord('Alibaba Cloud');
  await expect(app.detailPane).toContainText('China');
  await expect(app.detailPane).toContainText('Aliyun');
});

test('a spreadsheet dropped onto the window opens the import', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('dropped.xlsx');
  writeTwoHeaderWorkbook(path);
  const app = new ImportPage(page);
  await app.open();
  const bytes = [...readFileSync(path)];
  const transfer = await page.evaluateHandle((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'dropped.xlsx'));
    return transfer;
  }, bytes);
  await page.dispatchEvent('.app-shell', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.app-shell', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('dialog', { name: 'Import dropped.xlsx' })).toBeVisible();
  await expect(app.counts).toContainText('2 to add');
});

test('a file of the wrong kind is refused with a clear message and nothing is written', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('minutes.docx');
  writeFileSync(path, Buffer.from('PK\u0003\u0004 this is not a spreadsheet at all', 'latin1'));
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  await expect(app.alert).toContainText('minutes.docx');
  await app.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.sidebarCount('Deals')).toHaveText('11');
});

test('a saved column mapping is offered again for a file with the same headers', async ({ page }, testInfo) => {
  const path = testInfo.outputPath('ministry-agreements.xlsx');
  writeTwoHeaderWorkbook(path);
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  const dateField = app.dialog.getByRole('combobox', { name: /^Field for column B/ });
  await dateField.selectOption({ label: '— ignore —' });
  await app.dialog.getByLabel('Save this mapping as').fill('Ministry agreements without dates');
  await app.dialog.getByRole('button', { name: 'Save mapping' }).click();
  await app.dialog.getByRole('button', { name: 'Cancel' }).click();

  await app.importFile(path);
  await expect(dateField).not.toHaveValue('');
  await app.dialog.getByRole('button', { name: 'Use mapping “Ministry agreements without dates”' }).click();
  await expect(dateField).toHaveValue('');
});
