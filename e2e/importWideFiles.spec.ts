import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ImportPage } from './support/importPage';

// 126 columns with GCDF 3.0's headers and 30 rows, written by openpyxl
// (src/shared/import/fixtures/makeWideFixtures.py), not by the SheetJS the app reads with.
const wideFile = resolve(__dirname, '../src/shared/import/fixtures/gcdf-126-columns.xlsx');
const laptop = { width: 1024, height: 700 };

async function importWideFile(app: ImportPage): Promise<void> {
  await app.open();
  await app.importFile(wideFile);
  await expect(app.counts).toContainText('to add', { timeout: 30_000 });
}

test.describe('at 1024×700', () => {
  test.use({ viewport: laptop });

  test('every preview row of a 126-column file is one line, and its row number stays in view scrolled right', async ({
    page,
  }) => {
    const app = new ImportPage(page);
    await importWideFile(app);

    const heights = await app.previewRowHeightsInLines();
    expect(heights).toHaveLength(30);
    for (const lines of heights) expect(lines).toBeLessThan(2);

    await app.rowsScroller.scrollIntoViewIfNeeded();
    await app.rowsScroller.evaluate((scroller) => (scroller.scrollLeft = scroller.scrollWidth));
    const scroller = (await app.rowsScroller.boundingBox())!;
    const rowNumber = app.rowsTable.getByRole('rowheader', { name: '2', exact: true });
    const box = (await rowNumber.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(scroller.x);
    expect(box.x).toBeLessThan(scroller.x + 2);
    // Nothing scrolled over it: the row number is what is drawn at its own place.
    expect(
      await rowNumber.evaluate((cell) => {
        const { x, y, width, height } = cell.getBoundingClientRect();
        return document.elementFromPoint(x + width / 2, y + height / 2) === cell;
      }),
    ).toBe(true);
  });

  test('rejected rows keep to one line with their skip box, and their cells can still be fixed', async ({ page }) => {
    const app = new ImportPage(page);
    await importWideFile(app);

    await app.fieldFor('K (Staff Comments)').selectOption('date');
    await expect(app.counts).toHaveText('0 to add, 0 to update, 0 unchanged, 30 rejected, 0 skipped');
    for (const lines of await app.previewRowHeightsInLines()) expect(lines).toBeLessThan(2);
    await app.rowsScroller.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('import-wide-rejected-rows.png') });

    await app.fixCell(2, 'K', '2021-03-04');
    await expect(app.counts).toHaveText('1 to add, 0 to update, 0 unchanged, 29 rejected, 0 skipped');
    await app.dialog.getByRole('checkbox', { name: 'Skip row 3', exact: true }).check();
    await expect(app.counts).toHaveText('1 to add, 0 to update, 0 unchanged, 28 rejected, 1 skipped');
  });

  test('a value cut short on screen reads whole when the keyboard reaches it', async ({ page }) => {
    const app = new ImportPage(page);
    await importWideFile(app);

    const description = app.previewRow(2).getByRole('cell', { name: /^On .* both ministries\.$/ });
    await description.focus();
    await expect(description).toBeFocused();
    expect(await description.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(description).not.toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(description).toBeFocused();
  });

  test('“Mapped only” and the column filter narrow the list of 126 columns', async ({ page }) => {
    const app = new ImportPage(page);
    await importWideFile(app);

    const mapped = Number((await app.mappedCount.textContent())?.match(/^(\d+) of 126/)?.[1]);
    expect(mapped).toBeGreaterThan(0);
    expect(mapped).toBeLessThan(126);
    expect(await app.mappingHeaders()).toHaveLength(126);

    await app.mappedOnly.check();
    expect(await app.mappingHeaders()).toHaveLength(mapped);
    for (const field of await app.mappingTable.getByRole('combobox').all()) await expect(field).not.toHaveValue('');

    // A column the analyst leaves out stays where it is until the filter changes, so the list does not jump.
    const first = app.mappingTable.getByRole('combobox').first();
    const firstName = await first.getAttribute('aria-label');
    await first.selectOption('');
    await expect(app.mappedCount).toHaveText(`${mapped - 1} of 126 columns mapped`);
    await expect(app.mappingTable.getByRole('combobox', { name: firstName!, exact: true })).toBeVisible();

    await app.mappedOnly.uncheck();
    await app.columnFilter.fill('source');
    expect(await app.mappingHeaders()).toEqual([
      'Total Source Count',
      'Official Source Count',
      'Source URLs',
      'Source Titles',
      'Source Publishers',
      'Source Resource Types',
      'Source Quality Score',
    ]);
  });

  test('mapping a column far down the list keeps the list, the dialog and the focus where they were', async ({ page }) => {
    const app = new ImportPage(page);
    await importWideFile(app);

    const field = app.fieldFor('DS (Location Narrative)');
    await field.focus();
    await expect(field).toBeInViewport();
    const dialog = app.dialog;
    const before = {
      list: await app.mappingScroller.evaluate((scroller) => scroller.scrollTop),
      dialog: await dialog.evaluate((element) => element.scrollTop),
      field: (await field.boundingBox())!.y,
    };
    expect(before.list).toBeGreaterThan(0);

    await field.selectOption('place');
    await expect(app.rowsTable.getByRole('columnheader', { name: 'DS Place' })).toBeVisible();

    await expect(field).toBeFocused();
    await expect(field).toBeInViewport();
    expect(await app.mappingScroller.evaluate((scroller) => scroller.scrollTop)).toBe(before.list);
    expect(await dialog.evaluate((element) => element.scrollTop)).toBe(before.dialog);
    expect(Math.abs((await field.boundingBox())!.y - before.field)).toBeLessThan(1);
  });
});

// Each axe run reads every cell of three tables of a 126-column sheet; the narrow light and the wide
// dark layouts between them cover both themes and both arrangements of the dialog (stacked, two panes).
const checks = [
  { size: laptop, theme: 'light' },
  { size: { width: 1440, height: 900 }, theme: 'dark' },
] as const;
test('the import dialog with a 126-column file passes axe-core narrow in the light theme and wide in the dark', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize(laptop);
  const app = new ImportPage(page);
  await importWideFile(app);
  for (const { size, theme } of checks) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: theme });
    await app.rowsScroller.evaluate((scroller) => (scroller.scrollLeft = scroller.scrollWidth / 3));
    await page.screenshot({ path: test.info().outputPath(`import-wide-${size.width}x${size.height}-${theme}.png`) });
    await app.rowsScroller.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`import-wide-${size.width}x${size.height}-${theme}-preview.png`) });
    expect(await seriousViolations(page), `${size.width}×${size.height}, ${theme} theme`).toEqual([]);
  }
});
