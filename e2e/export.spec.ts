import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { AppPage } from './support/appPage';

test('exports a report workbook a colleague can open, with real numbers and dates', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^silk-ledger-report-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = XLSX.read(readFileSync(await file.path()), { type: 'buffer', cellDates: true });
  expect(workbook.SheetNames).toEqual(
    expect.arrayContaining(['Summary', 'Deals', 'Organizations', 'Indicators', 'Events', 'Annotations']),
  );
  const deals = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['Deals']);
  expect(deals).toHaveLength(11);
  const programme = deals.find((row) =>
    String(Object.values(row)[0]).startsWith('Uzbektelecom telecommunication infrastructure'),
  );
  expect(Object.values(programme!)).toContain(700_000_000);
  await expect(app.page.locator('.notice')).toContainText('Saved the report');
});
