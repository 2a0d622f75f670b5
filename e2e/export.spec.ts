import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { WorkbenchPage } from './support/workbenchPage';

const interOperator = [
  'Uzbektelecom–China Telecom inter-operator agreement on direct transit services and leased communication channels',
  'Uzbektelecom–China Unicom agreement on international telecommunications services',
];

async function exportFromDialog(page: Page, setUp: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await expect(dialog).toBeVisible();
  await setUp(dialog);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('exports every record as a report workbook from Ctrl+E', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const file = await exportFromDialog(page, async (dialog) => {
    await expect(dialog.getByRole('radio', { name: 'Everything in the store' })).toBeChecked();
  });
  expect(file.name).toMatch(/^silk-ledger-report-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = XLSX.read(file.bytes, { type: 'buffer', cellDates: true });
  expect(workbook.SheetNames).toEqual(
    expect.arrayContaining(['Summary', 'Deals', 'Organizations', 'Indicators', 'Events', 'Annotations']),
  );
  const deals = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['Deals']!);
  expect(deals).toHaveLength(11);
  const programme = deals.find((row) => String(row['Title']).startsWith('Uzbektelecom telecommunication infrastructure'));
  expect(programme!['Value (USD)']).toBe(700_000_000);
  await expect(app.notice('Saved the report')).toBeVisible();
});

test('exports the filtered deals with only the columns shown, and the report reads well as a table', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.filterBy('Kind', 'Inter-operator agreement');
  await app.expectTitles(interOperator);
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('group', { name: 'Visible columns' }).getByRole('checkbox', { name: 'Parties' }).uncheck();
  await page.getByText('Columns', { exact: true }).click();

  const file = await exportFromDialog(page, async (dialog) => {
    await expect(dialog.getByRole('radio', { name: /^The table as filtered: 2 of 11 deals/ })).toBeChecked();
    await expect(dialog.getByRole('list', { name: 'Filters in force' })).toHaveText('Kind: Inter-operator agreement');
    await dialog.getByRole('checkbox', { name: 'Only the columns shown in the table' }).check();
    await page.screenshot({ path: test.info().outputPath('export-dialog.png') });
  });
  expect(file.name).toMatch(/^silk-ledger-deals-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = XLSX.read(file.bytes, { type: 'buffer', cellDates: true });
  const deals = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['Deals']!);
  // In the order the table shows them (by date, oldest first).
  expect(deals.map((row) => row['Title'])).toEqual(interOperator);
  expect(Object.keys(deals[0]!)).not.toContain('Parties');
  expect(deals.every((row) => row['Date (start)'] instanceof Date)).toBe(true);
  const summary = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Summary']!, { header: 1 }).flat();
  expect(summary).toContain('Kind: Inter-operator agreement');
  expect(summary).toContain('Deals: 2 of 11 records, as filtered in the table');

  // What a colleague sees: every sheet rendered by SheetJS as an HTML table, looked at in a screenshot.
  const html = workbook.SheetNames.map(
    (name) => `<h2>${name}</h2>${XLSX.utils.sheet_to_html(workbook.Sheets[name]!, { header: '', footer: '' })}`,
  ).join('');
  await page.setContent(
    `<style>body{font:13px sans-serif} table{border-collapse:collapse} td{border:1px solid #bbb;padding:2px 6px}</style>${html}`,
  );
  await expect(page.getByRole('heading', { name: 'Deals' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('report-as-html.png'), fullPage: true });
});

test('exports the current table as CSV', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.filterBy('Kind', 'Inter-operator agreement');
  const file = await exportFromDialog(page, async (dialog) => {
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
  });
  expect(file.name).toMatch(/^silk-ledger-deals-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = file.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  // Every column: the dollar figure's qualifier beside it, the sources by title and the notes as text, not counts.
  expect(lines[0]!.split(',')).toEqual(
    expect.arrayContaining(['Title', 'Value (USD)', 'Value qualifier', 'Sources (titles)', 'Annotations', 'ID']),
  );
  expect(lines).toHaveLength(3);
});

test('exports the chosen rows as a workbook, loading the spreadsheet library only then', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  const app = new WorkbenchPage(page);
  await app.open();
  await app.filterBy('Kind', 'Inter-operator agreement');
  await app.expectTitles(interOperator);
  // The window starts without SheetJS: only the export and the import workers bring it in.
  const sheetJSBanner = /SheetJS/;
  for (const url of scripts) expect(await (await page.request.get(url)).text(), url).not.toMatch(sheetJSBanner);

  for (const title of interOperator) await app.selectRow(title);
  const download = page.waitForEvent('download');
  await app.bulkBar.getByRole('button', { name: 'Export selection…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('deals-selection.xlsx');
  const workbook = XLSX.read(readFileSync((await file.path())!), { type: 'buffer', cellDates: true });
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets[workbook.SheetNames[0]!]!);
  expect(rows.map((row) => row['Title'])).toEqual(interOperator);
  await expect(app.notice('Exported 2 deals')).toBeVisible();
});
