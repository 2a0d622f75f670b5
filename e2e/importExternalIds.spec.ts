import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ImportPage } from './support/importPage';

// Written by openpyxl (src/shared/import/fixtures/makeExternalIdFixtures.py), not by the SheetJS the app reads with.
const register = resolve(__dirname, '../src/shared/import/fixtures/ministry-register.xlsx');

test('a ministry register keeps its register numbers on the organizations, and imported again changes nothing', async ({
  page,
}) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(register);
  await expect(app.dialog.getByRole('combobox', { name: 'Import as' })).toHaveValue('organizations');
  await expect(app.fieldFor('A (Register No.)')).toHaveValue('externalId');
  await expect(app.counts).toHaveText('4 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  await app.section('Organizations').click();
  await app.openRecord('ZTE Uzbekistan');
  await expect(app.detailPane).toContainText('External IDs');
  await expect(app.detailPane).toContainText('Register No.: IT-0103');

  await app.importFile(register);
  await expect(app.counts).toHaveText('0 to add, 0 to update, 4 unchanged, 0 rejected, 0 skipped');
});

test('the detail pane shows an organization’s external ids at both window sizes, in both themes', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(register);
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();
  await app.section('Organizations').click();
  await app.openRecord('Alibaba Cloud Partner LLC');
  const externalIds = app.detailPane.getByText('Register No.: 452');
  for (const [width, height] of [
    [1024, 700],
    [1440, 900],
  ]) {
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: theme });
      await externalIds.scrollIntoViewIfNeeded();
      await expect(externalIds).toBeInViewport();
      await page.screenshot({ path: `test-results/screens/external-ids-${width}-${theme}.png` });
    }
  }
});
