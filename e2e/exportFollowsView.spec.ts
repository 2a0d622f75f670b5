import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { screenshotsAtEverySize } from './support/screenshots';
import { WorkbenchPage } from './support/workbenchPage';

test('the export dialog offers the table as filtered while a search narrows it, and everything otherwise', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  const openExport = async () => {
    await page.keyboard.press('Control+e');
    await expect(dialog).toBeVisible();
  };

  await openExport();
  await expect(dialog.getByRole('radio', { name: 'Everything in the store' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^The whole table: 11 deals/ })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const filter = app.main.getByRole('searchbox', { name: 'Filter' });
  await filter.fill('Uzbektelecom');
  await expect(app.rows()).not.toHaveCount(11);
  const shown = await app.rows().count();
  await openExport();
  const filtered = dialog.getByRole('radio', { name: new RegExp(`^The table as filtered: ${shown} of 11 deals`) });
  await expect(filtered).toBeChecked();
  await screenshotsAtEverySize(page, 'export-dialog-filtered');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const workbook = XLSX.read(readFileSync((await (await download).path())!), { type: 'buffer' });
  const deals = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['Deals']!);
  expect(deals).toHaveLength(shown);
  expect(deals.every((deal) => JSON.stringify(deal).includes('Uzbektelecom'))).toBe(true);

  await filter.fill('');
  await expect(app.rows()).toHaveCount(11);
  await openExport();
  await expect(dialog.getByRole('radio', { name: 'Everything in the store' })).toBeChecked();
});
