import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ImportPage } from './support/importPage';

// Written by openpyxl (src/shared/import/fixtures/makeUpdateFixtures.py): the default dataset's IT Park
// residents with another country and other notes, one blank notes cell and one resident left out.
const residentsList = resolve(__dirname, '../src/shared/import/fixtures/residents-reimport.xlsx');
const dataset = JSON.parse(readFileSync(resolve(__dirname, '../resources/default-dataset.json'), 'utf8')) as {
  organizations: { name: string; notes: string }[];
};
const storedNotes = (name: string) => dataset.organizations.find((organization) => organization.name === name)!.notes;

async function openOrganization(app: ImportPage, name: string) {
  await app.section('Organizations').click();
  await app.openRecord(name);
}

test('an update shows its diff and “fill empty fields only” leaves curated fields alone', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(residentsList);
  await expect(app.counts).toHaveText('1 to add, 2 to update, 1 unchanged, 0 rejected, 0 skipped');
  await expect(app.updatePolicy('Fill empty fields only')).toBeChecked();
  await expect(app.updateDiffRow('SOLUXE CONSULTING', 'Country')).toHaveText(/CountryUzbekistanChinaKept: the store has a value/);
  await expect(app.updateDiffRow('SOLUXE CONSULTING', 'IT Park since')).toHaveText(/\(empty\)15 Mar 2024Written/);
  await expect(app.updateDiffRow('SOLUXE CONSULTING', 'Notes')).toContainText('Kept: notes and descriptions are never replaced');
  const notInFile = dataset.organizations.length - 3;
  await expect(app.storedNotInFile()).toContainText(`In the store but not in this file: ${notInFile} organizations`);
  await app.storedNotInFile().locator('summary').click();
  await expect(app.storedNotInFile().getByRole('listitem').filter({ hasText: 'RENRUI CA SERVICES' })).toBeVisible();

  await app.importButton.click();
  await expect(app.dialog).toBeHidden();
  await openOrganization(app, 'SOLUXE CONSULTING');
  await expect(app.detailField('Country')).toHaveText('Uzbekistan');
  await expect(app.detailField('IT Park')).toHaveText('Resident since 15 Mar 2024 (as of 2024)');
  await expect(app.detailField('Also known as')).toHaveText('Soluxe');
  await expect(app.detailField('Notes')).toHaveText(storedNotes('SOLUXE CONSULTING'));

  // The same file again, overwriting: the country changes, the notes still do not.
  await app.importFile(residentsList);
  await app.updatePolicy('Overwrite stored values').check();
  await expect(app.updateDiffRow('SOLUXE CONSULTING', 'Country')).toHaveText(/CountryUzbekistanChinaWritten/);
  await expect(app.counts).toHaveText('0 to add, 3 to update, 1 unchanged, 0 rejected, 0 skipped');
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();
  await openOrganization(app, 'SOLUXE CONSULTING');
  await expect(app.detailField('Country')).toHaveText('China');
  await expect(app.detailField('Notes')).toHaveText(storedNotes('SOLUXE CONSULTING'));
  await openOrganization(app, 'ONE Cloud China Tech');
  // Its notes cell was blank: a blank cell never erases.
  await expect(app.detailField('Notes')).toHaveText(storedNotes('ONE Cloud China Tech'));
  // The resident the file left out is still there.
  await openOrganization(app, 'RENRUI CA SERVICES');
});
