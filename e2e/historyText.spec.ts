import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { historyEntries } from './support/analystNamePage';
import { ImportPage } from './support/importPage';

// Written by openpyxl (src/shared/import/fixtures/makeUpdateFixtures.py): the default dataset's IT Park
// residents with another country and other notes, one blank notes cell and one resident left out.
const residentsList = resolve(__dirname, '../src/shared/import/fixtures/residents-reimport.xlsx');

test('a record’s history says what an import changed, part by part, and which file it came from', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(residentsList);
  await app.updatePolicy('Overwrite stored values').check();
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  await app.section('Organizations').click();
  await app.openRecord('SOLUXE CONSULTING');
  const imported = historyEntries(app.detailPane).first();
  await expect(imported).toContainText('Country: Uzbekistan → China');
  await expect(imported).toContainText('IT Park since: — → 15 Mar 2024');
  await expect(imported).toContainText('import of residents-reimport.xlsx');
  await expect(imported).not.toContainText('itParkResidency');
});
