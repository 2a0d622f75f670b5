import { expect, test, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ImportPage } from './support/importPage';
import { writeSheetFile } from './support/sheetFile';

// Each payload would set window.__pwned if any screen ever rendered record text as HTML or ran it.
const payloads = {
  script: '<script>window.__pwned = "script"</script>',
  image: '<img src=x onerror="window.__pwned = \'img\'">',
  svg: '<svg onload="window.__pwned = \'svg\'"></svg>',
  frame: '"><iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
  link: 'javascript:window.__pwned = "link"',
};
const title = `Deal ${payloads.script}`;
const partner = `Huawei ${payloads.image}`;

function hostileWorkbook(path: string): void {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Title', 'Signed', 'Partner', 'Details', 'Sector', 'Location', 'Source URL'],
    [title, '2024-03-15', partner, payloads.frame, payloads.svg, payloads.image, payloads.link],
  ]);
  writeSheetFile(path, 'Deals', sheet);
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  // Elements the payloads would have created anywhere in the page, dialogs included.
  expect(await page.locator('img[src="x"], svg[onload], iframe[srcdoc], script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
}

test('script tags and HTML in imported text are shown as text on every screen and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const path = test.info().outputPath('hostile.xlsx');
  hostileWorkbook(path);
  const app = new ImportPage(page);
  await app.open();

  await app.importFile(path);
  await expect(app.previewRow(2)).toContainText(payloads.frame);
  await expectNothingRan(page, dialogs);
  await expect(app.importButton).toBeEnabled();
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  // The table and the detail pane.
  await expect(app.table().getByRole('gridcell', { name: title, exact: true })).toBeVisible();
  await app.openRecord(title);
  await expect(app.detailPane).toContainText(payloads.frame);
  await expect(app.detailPane).toContainText(partner);
  await expectNothingRan(page, dialogs);

  // The edit form holds the text as field values.
  await app.detailPane.getByRole('button', { name: 'Edit…' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await expectNothingRan(page, dialogs);
  await page.keyboard.press('Escape');

  // Search highlights matches inside the text without turning it into markup.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search all records' }).fill('script');
  const results = page.getByRole('listbox', { name: 'Matching records' });
  await expect(results.getByRole('option').filter({ hasText: '<script>window.__pwned' }).first()).toBeVisible();
  await expectNothingRan(page, dialogs);
  await page.keyboard.press('Escape');

  // The organization the import created, and the dashboard, timeline and network that name it.
  await app.section('Organizations').click();
  await expect(app.table().getByRole('gridcell', { name: partner, exact: true })).toBeVisible();
  for (const view of ['Dashboard', 'Timeline', 'Network']) {
    await page.getByRole('navigation', { name: 'Insight' }).getByRole('button', { name: view }).click();
    await expect(page.getByRole('main', { name: view })).toBeVisible();
    await expectNothingRan(page, dialogs);
  }
});
