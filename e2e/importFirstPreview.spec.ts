import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { writeFibreSegmentsWorkbook } from './support/heldImportCommit';
import { holdTheRestOfEachFile, releaseRestOfFile } from './support/heldRestOfFile';
import { ImportPage } from './support/importPage';
import { screenshotsAtEverySize } from './support/screenshots';

const rows = 50_000;

test('a large workbook shows its first rows and proposed mapping while the rest is still read, and imports only once all of it is planned', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const path = testInfo.outputPath(`fibre-segments-${rows}.xlsx`);
  writeFibreSegmentsWorkbook(path, rows);
  // Only files over a megabyte get a first look; smaller ones are read whole at once.
  expect(statSync(path).size).toBeGreaterThan(1_000_000);
  await holdTheRestOfEachFile(page);
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);

  await expect(app.previewRow(2)).toContainText('Fibre segment 1 — участок 1 光纤');
  await expect(app.fieldFor('A (Title)')).toHaveValue('title');
  await expect(
    app.dialog.getByText(`Reading the rest of the file: 399 of ~${rows.toLocaleString('en-US')} rows planned`),
  ).toBeVisible();
  await expect(app.importButton).toBeDisabled();
  await expect(app.counts).toHaveText('399 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await screenshotsAtEverySize(page, 'first-preview');

  await releaseRestOfFile(page);
  await expect(app.counts).toHaveText(`${rows} to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped`, {
    timeout: 120_000,
  });
  await expect(app.dialog.getByText(/^Reading the rest of the file/)).toHaveCount(0);
  await expect(app.importButton).toBeEnabled();
  await expect(app.importButton).toHaveText(`Import ${rows} records`);
});
