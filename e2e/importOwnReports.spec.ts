import { copyFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ImportPage } from './support/importPage';
import { screenshotsAtEverySize } from './support/screenshots';
import { WorkbenchPage } from './support/workbenchPage';

/** The export as the analyst saved it, under the name the app suggested, ready to be imported again. */
async function exported(app: WorkbenchPage, setUp?: Parameters<WorkbenchPage['exportReport']>[0]): Promise<string> {
  const file = await app.exportReport(setUp);
  const path = test.info().outputPath(file.name);
  copyFileSync(file.path, path);
  return path;
}

test('the app’s full report re-imports as 0 added, 0 changed', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const app = new ImportPage(page);
  await app.open();
  const report = await exported(workbench);

  await app.importFile(report);
  // The report's record sheet, not its summary of totals.
  await expect(app.sheetChoice()).toHaveValue(String(1));
  await expect(app.sheetChoice().locator('option:checked')).toHaveText('Deals');
  await expect(app.dialog.getByRole('combobox', { name: 'Import as' })).toHaveValue('deals');
  await expect(app.counts).toHaveText('0 to add, 0 to update, 11 unchanged, 0 rejected, 0 skipped');
  await screenshotsAtEverySize(page, 'full-report-import');
});

test('the app’s filtered reports re-import as 0 added, 0 changed: table columns as xlsx and CSV', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const app = new ImportPage(page);
  await app.open();
  await workbench.filterBy('Kind', 'Inter-operator agreement');
  const onlyShownColumns = (format: RegExp) => async (dialog: ReturnType<Page['getByRole']>) => {
    await expect(dialog.getByRole('radio', { name: /^The table as filtered: 2 of 11 deals/ })).toBeChecked();
    await dialog.getByRole('checkbox', { name: 'Only the columns shown in the table' }).check();
    await dialog.getByRole('radio', { name: format }).check();
  };
  const workbook = await exported(workbench, onlyShownColumns(/^Excel workbook/));
  const csv = await exported(workbench, onlyShownColumns(/^CSV/));

  for (const file of [workbook, csv]) {
    await app.importFile(file);
    await expect(app.counts).toHaveText('0 to add, 0 to update, 2 unchanged, 0 rejected, 0 skipped');
    // Source titles without the words quoted are not citations: the column is left out, and says why.
    await expect(app.mappingTable.getByRole('row').filter({ hasText: 'Sources (titles)' })).toContainText(
      'holds only source titles',
    );
    if (file === csv) await screenshotsAtEverySize(page, 'filtered-csv-import');
    await page.keyboard.press('Escape');
    await expect(app.dialog).toBeHidden();
  }
});
