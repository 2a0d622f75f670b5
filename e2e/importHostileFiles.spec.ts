import { copyFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { billionByBillionTable, writeCompressedDealsWorkbook, writeOpenDocumentWithTable } from './support/hostileFiles';
import { ImportPage } from './support/importPage';
import { killNextImportWorkerWhileReading } from './support/importWorkerKiller';
import { readStore } from './support/storeReader';

const passwordProtectedOds = resolve(__dirname, '../src/shared/import/fixtures/password-protected.ods');

test('an OpenDocument file repeating one cell 999,999,999 × 999,999,999 times is refused with the cell limit, and nothing is stored', async ({
  page,
}) => {
  const path = test.info().outputPath('repeated.ods');
  writeOpenDocumentWithTable(path, billionByBillionTable);
  const app = new ImportPage(page);
  await app.open();
  const before = await readStore(page);
  await app.importFile(path);
  await expect(app.alert).toHaveText(
    'repeated.ods is too large to import at once: it covers more than 3,000,000 cells, and the limit is 3,000,000. Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.',
  );
  await app.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.dialog).toBeHidden();
  expect(await readStore(page)).toEqual(before);
});

test('a password-protected OpenDocument file is refused as password-protected', async ({ page }) => {
  const path = test.info().outputPath('budget.ods');
  copyFileSync(passwordProtectedOds, path);
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  await expect(app.alert).toHaveText(
    'budget.ods is password-protected. Open it in LibreOffice, save a copy without the password (File › Save As, untick “Save with password”), and import the copy.',
  );
});

test('a note saved as .xls is refused as not a spreadsheet, and a CSV with a stray quote is read as Excel reads it', async ({
  page,
}) => {
  const note = test.info().outputPath('figures.xls');
  writeFileSync(note, 'Remember to ask the ministry for the 2024 export figures by Friday.\n');
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(note);
  await expect(app.alert).toContainText('figures.xls is plain text with no table in it, not a spreadsheet.');
  await app.dialog.getByRole('button', { name: 'Close' }).click();

  const sites = test.info().outputPath('sites.csv');
  writeFileSync(
    sites,
    ['Title,Signed,Partner,"Amount, USD"', `Relay at 37°36'37.8"N 66°58'12.1"E,2024-06-01,ZTE,150000`, ''].join('\r\n'),
  );
  await app.importFile(sites);
  await expect(app.counts).toContainText('1 to add');
  await expect(app.previewRow(2)).toContainText(`Relay at 37°36'37.8"N 66°58'12.1"E`);
});

test('an import worker killed while it reads leaves the window working, says the file could not be read, and stores nothing', async ({
  page,
}) => {
  const path = test.info().outputPath('relays.xlsx');
  writeCompressedDealsWorkbook(path, 200);
  const app = new ImportPage(page);
  await app.open();
  await expect(app.sidebarCount('Deals')).toHaveText('11');
  const before = await readStore(page);

  const { killed } = await killNextImportWorkerWhileReading(page);
  await app.importFile(path);
  await killed;
  await expect(app.alert).toHaveText(
    'relays.xlsx could not be read: reading it stopped the import, perhaps because the file needs more memory than Silk Ledger can give it. Nothing was imported. Split the file into smaller ones, or save it again from Excel or LibreOffice, and import again.',
  );
  await app.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.dialog).toBeHidden();
  expect(await readStore(page)).toEqual(before);

  // The window goes on working: the same file, read by a new worker, imports.
  await app.importFile(path);
  await expect(app.counts).toContainText('200 to add');
  await app.importButton.click();
  await expect(app.sidebarCount('Deals')).toHaveText('211');
});
