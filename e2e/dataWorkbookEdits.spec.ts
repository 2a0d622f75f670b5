import { expect, test } from '@playwright/test';
import { AppPage } from './support/appPage';
import { seriousViolations } from './support/axe';
import { editBackupCell } from './support/backupWorkbookFile';
import { screenshotsAtEverySize } from './support/screenshots';
import { readStore } from './support/storeReader';

test('opens a data workbook a colleague edited in its readable columns: the preview lists the cell, and the deal comes back as saved', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const saved = await readStore(page);

  const download = page.waitForEvent('download');
  await app.runDataCommand('Save data as workbook…');
  const path = test.info().outputPath('shared.xlsx');
  await (await download).saveAs(path);
  editBackupCell(path, 'Deals', 'Parties', 3, 'Huawei (supplier)');

  const chooser = page.waitForEvent('filechooser');
  await app.runDataCommand('Open data workbook…');
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore shared.xlsx?' });
  const edits = dialog.getByRole('region', { name: 'Edits that will not be restored' });
  await expect(edits).toContainText('One cell was changed in a spreadsheet program.');
  await expect(edits.getByRole('listitem')).toHaveText([
    /^Sheet Deals, row 3, column Parties: shows “Huawei \(supplier\)”, but the record holds “.+”; the record is restored as stored\.$/,
  ]);
  await screenshotsAtEverySize(page, 'restore-preview-edited-cells', dialog);
  expect(await seriousViolations(page), 'restore preview with edited cells').toEqual([]);
  await dialog.getByRole('checkbox', { name: 'Back up the current data first' }).uncheck();
  await dialog.getByRole('button', { name: 'Replace my data' }).click();

  await expect(page.locator('.notice').filter({ hasText: 'Restored shared.xlsx' })).toBeVisible();
  expect((await readStore(page)).deals).toEqual(saved.deals);
});
