import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ImportPage } from './support/importPage';

// Written by openpyxl (src/shared/import/fixtures/makeMappingFixtures.py), not by the SheetJS the app reads with.
const fixture = (name: string) => resolve(__dirname, '../src/shared/import/fixtures', name);

test('a residents list’s residency date column is mapped to the date its values hold, and a wrong choice is flagged', async ({
  page,
}) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(fixture('residency-dates.xlsx'));

  await expect(app.fieldFor('C (IT Park resident since)')).toHaveValue('itParkSince');
  await expect(app.counts).toHaveText('4 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await expect(app.columnRejections).toBeHidden();

  await app.fieldFor('C (IT Park resident since)').selectOption('itParkStatus');
  await expect(app.columnRejections).toHaveText(
    'Column C (IT Park resident since) would reject 4 of 4 rows: “2019-05-14” is not a IT Park status Silk Ledger knows.',
  );
});

test('a database’s record id column is kept as an external id, never as our record id', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(fixture('external-record-ids.xlsx'));

  await expect(app.fieldFor('A (AidData Record ID)')).toHaveValue('externalId');
  await expect(app.fieldFor('C (Commitment Date (MM/DD/YYYY))')).toHaveValue('date');
  // With our id left alone, no row is rejected for it, and the warning above the list has nothing to say.
  await expect(app.counts).toHaveText('3 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await expect(app.columnRejections).toBeHidden();
});
