import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ImportPage } from './support/importPage';
import { screenshotsAtEverySize } from './support/screenshots';

// Written by openpyxl (src/shared/import/fixtures/makeValueChoiceFixtures.py), not by the SheetJS the app reads with:
// 24 deals whose statuses ("Completion stage", "Implementation phase"), one flow type ("Donation") and one currency ("юани КНР")
// Silk Ledger does not know, each repeated down its column.
const fixture = resolve(__dirname, '../src/shared/import/fixtures/unknown-values.xlsx');
test('a file with unknown statuses is fixed with one choice per value, and the choices come back with the saved mapping', async ({
  page,
}) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(fixture);

  // No status is one Silk Ledger knows, so the column is not proposed; mapped by hand, it rejects every row.
  await app.fieldFor('C (Status)').selectOption('status');
  await expect(app.counts).toHaveText('0 to add, 0 to update, 0 unchanged, 24 rejected, 0 skipped');
  await expect(app.valueChoiceRow('Completion stage')).toContainText('12');
  await expect(app.valueChoiceRow('Donation')).toContainText('8');
  await expect(app.valueChoiceRow('юани КНР')).toContainText('6');
  // A suggestion is shown, not applied: the rows stay rejected until the analyst confirms it.
  await expect(app.valueChoiceRow('Completion stage').getByRole('combobox')).toHaveValue('completed');
  await screenshotsAtEverySize(page, 'value-choices-before', app.valueChoices());

  // One choice fixes every row it holds: the 4 with "Completion stage" and no other unknown value are accepted.
  await app.chooseValue('Completion stage', 'completed');
  await expect(app.counts).toHaveText('4 to add, 0 to update, 0 unchanged, 20 rejected, 0 skipped');
  await app.chooseValue('Implementation phase', 'in-progress');
  await app.chooseValue('Donation', 'other');
  await app.chooseValue('юани КНР', 'CNY');
  await expect(app.counts).toHaveText('24 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await screenshotsAtEverySize(page, 'value-choices-applied', app.valueChoices());

  await app.dialog.getByRole('textbox', { name: 'Save this mapping as' }).fill('Grants register');
  await app.dialog.getByRole('button', { name: 'Save mapping' }).click();
  await expect(app.notice('Saved the mapping “Grants register” with 4 value choices')).toBeVisible();
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  await app.openRecord('Fibre backbone in Tashkent (1)');
  await expect(app.detailPane).toContainText(/Kind\s*Other/);
  await expect(app.detailPane).toContainText(/Status\s*Completed/);
  await expect(app.detailPane).toContainText(/Value\s*CNY 1 million/);
  await app.openRecord('Data centre in Samarkand (2)');
  await expect(app.detailPane).toContainText(/Kind\s*Loan/);
  await expect(app.detailPane).toContainText(/Status\s*In progress/);
  await expect(app.detailPane).toContainText(/Value\s*USD 2 million/);

  // The same file again: the saved mapping brings back the column's field and every value choice.
  await app.importFile(fixture);
  await app.dialog.getByRole('button', { name: 'Use mapping “Grants register”' }).click();
  await expect(app.fieldFor('C (Status)')).toHaveValue('status');
  await expect(app.counts).toHaveText('0 to add, 0 to update, 24 unchanged, 0 rejected, 0 skipped');
  await expect(app.valueChoiceRow('Donation')).toContainText('✓ Applied to 8 rows');
});

test('an unknown country is read as a suggested one or as any ISO code the analyst types', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(fixture);
  await app.dialog.getByRole('combobox', { name: 'Sheet', exact: true }).selectOption('Organizations');
  await app.dialog.getByRole('combobox', { name: 'Import as' }).selectOption('organizations');
  await app.fieldFor('B (Country)').selectOption('country');
  await expect(app.counts).toHaveText('0 to add, 0 to update, 0 unchanged, 20 rejected, 0 skipped');

  await app.chooseValue('Mainland China', 'CN');
  await app.chooseValue('Policy bank', 'financial-institution');
  const malaysia = app.valueChoiceRow('Malaysia');
  await malaysia.getByRole('combobox').selectOption('Another code…');
  await malaysia.getByRole('textbox', { name: '2-letter code for “Malaysia”' }).fill('my');
  await screenshotsAtEverySize(page, 'value-choices-other-code', app.valueChoices());
  await malaysia.getByRole('button', { name: 'Apply to 10 rows' }).click();
  await expect(app.counts).toHaveText('20 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');

  await app.importButton.click();
  await expect(app.dialog).toBeHidden();
  await app.section('Organizations').click();
  await app.openRecord('Provincial investment office 2');
  await expect(app.detailPane).toContainText(/Country\s*Malaysia/);
});
