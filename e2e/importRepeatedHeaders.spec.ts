import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ImportPage } from './support/importPage';

// Written by Python's csv module (src/shared/import/fixtures/makeHeaderFixtures.py): a printed
// report whose two-row header, "Agreement | | Amount |" over "Title | Signed | USD | Currency",
// repeats after each 50 rows as the column row, then the group row, then both.
const fixture = resolve(__dirname, '../src/shared/import/fixtures/two-row-header-repeats.csv');

test('imports a printed report whose two header rows repeat on every page, skipping the repeats', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(fixture);

  await expect(app.counts).toHaveText('200 to add, 0 to update, 0 unchanged, 0 rejected, 4 skipped');
  await expect(app.importButton).toBeEnabled();
});
