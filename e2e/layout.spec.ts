import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { tableFrame, visibleTable } from './support/tableGeometry';
import { WorkbenchPage } from './support/workbenchPage';

const programme = 'Uzbektelecom telecommunication infrastructure expansion projects (2016–2025)';
const sizes = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

async function openDeals(page: Page, size: { width: number; height: number }): Promise<WorkbenchPage> {
  await page.setViewportSize(size);
  const app = new WorkbenchPage(page);
  await app.open();
  await expect(app.rows()).toHaveCount(11);
  return app;
}

for (const size of sizes) {
  test(`at ${size.width}×${size.height} the detail pane leaves the deals in view and moves nothing`, async ({ page }) => {
    const app = await openDeals(page, size);
    const tableBefore = (await app.table().boundingBox())!;
    const filtersBefore = (await app.filters.boundingBox())!;

    await app.openRecord(programme);
    const tableAfter = (await app.table().boundingBox())!;
    expect(tableAfter.y).toBe(tableBefore.y);
    expect((await app.filters.boundingBox())!.height).toBe(filtersBefore.height);

    const seen = await visibleTable(app.table(), app.detailPane);
    expect(seen.rows).toBeGreaterThanOrEqual(10);
    expect(seen.columns.length).toBeGreaterThanOrEqual(3);
    expect(seen.columns).toEqual(expect.arrayContaining(['Title', 'Status', 'Value (USD)']));
    if (size.width >= 1440) expect(seen.columns).toEqual(expect.arrayContaining(['Date', 'Sectors']));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: test.info().outputPath(`deals-pane-open-${size.width}x${size.height}-${colorScheme}.png`) });
    }
  });
}

test('below 1200 px the pane lies over the table; wider, it sits beside it', async ({ page }) => {
  const app = await openDeals(page, { width: 1024, height: 700 });
  const tableWidth = (await tableFrame(app.table())).width;
  await app.openRecord(programme);
  expect((await tableFrame(app.table())).width).toBe(tableWidth);
  const pane = (await app.detailPane.boundingBox())!;
  expect(pane.x + pane.width).toBeLessThanOrEqual(1024);
  // It starts at the table's top: the filters and the table's buttons above it stay uncovered.
  const filters = (await app.filters.boundingBox())!;
  expect(pane.y).toBeGreaterThanOrEqual(filters.y + filters.height);
  await expect(app.filters.getByRole('button', { name: 'Add filter' })).toBeEnabled();
  await app.filters.getByRole('button', { name: 'Add filter' }).click({ trial: true });

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect
    .poll(async () => {
      const table = await tableFrame(app.table());
      return table.x + table.width <= (await app.detailPane.boundingBox())!.x;
    })
    .toBe(true);
});

test('the detail pane resizes from the keyboard and keeps its width after a reload', async ({ page }) => {
  const app = await openDeals(page, { width: 1440, height: 900 });
  await app.openRecord(programme);
  const resizer = app.detailPaneResizer();
  const before = Number(await resizer.getAttribute('aria-valuenow'));
  const paneBefore = (await app.detailPane.boundingBox())!.width;

  await resizer.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(resizer).toHaveAttribute('aria-valuenow', String(before + 32));
  expect((await app.detailPane.boundingBox())!.width).toBe(paneBefore + 32);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(resizer).toHaveAttribute('aria-valuenow', String(before + 32 - 64));
  await page.keyboard.press('Home');
  await expect(resizer).toHaveAttribute('aria-valuenow', await resizer.getAttribute('aria-valuemin').then(String));

  await page.keyboard.press('End');
  const widest = await resizer.getAttribute('aria-valuemax');
  await expect(resizer).toHaveAttribute('aria-valuenow', widest!);
  await page.reload();
  await app.section('Deals').click();
  await app.openRecord(programme);
  await expect(app.detailPaneResizer()).toHaveAttribute('aria-valuenow', widest!);
});

test('the detail pane resizes by dragging its edge', async ({ page }) => {
  const app = await openDeals(page, { width: 1440, height: 900 });
  await app.openRecord(programme);
  const edge = (await app.detailPaneResizer().boundingBox())!;
  const width = (await app.detailPane.boundingBox())!.width;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + 200);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 - 60, edge.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await app.detailPane.boundingBox())!.width).toBe(width + 60);
});

test('filters are chips: added from the menu, edited and removed with the mouse', async ({ page }) => {
  const app = await openDeals(page, { width: 1440, height: 900 });
  await app.openFacetEditor('Party');
  await app.facetEditor('Party').getByRole('combobox').fill('tenc');
  await expect(app.facetEditor('Party').getByRole('option')).toHaveText(['Tencent']);
  await app.facetEditor('Party').getByRole('option', { name: 'Tencent' }).click();
  await expect(app.filterChip('Party: Tencent')).toBeVisible();
  await expect(app.rows()).toHaveCount(1);

  await app.filterChip('Party: Tencent').click();
  await app.facetEditor('Party').getByRole('option', { name: 'Uzbektelecom', exact: true }).click();
  await expect(app.filterChip('Party: Uzbektelecom')).toBeVisible();
  await expect(app.filterChip('Party: Tencent')).toHaveCount(0);

  await app.filterRange('Year', '2016', '2020');
  await expect(app.filterChip('Years 2016–2020')).toBeVisible();
  await app.filterChip('Years 2016–2020').click();
  await expect(app.facetEditor('Year')).toBeVisible();
  await app.filterChip('Years 2016–2020').click();
  await expect(app.facetEditor('Year')).toBeHidden();
  await app.removeFilterChip('Party: Uzbektelecom');
  await expect(app.filterChip('Party: Uzbektelecom')).toHaveCount(0);
  await expect(app.rows()).toHaveCount(2);
  await app.clearFilters();
  await expect(app.rows()).toHaveCount(11);
});

test('filters are chips from the keyboard alone: menu, editor, change and Backspace', async ({ page }) => {
  const app = await openDeals(page, { width: 1440, height: 900 });
  await app.filters.getByRole('searchbox', { name: 'Filter' }).focus();
  await page.keyboard.press('Tab');
  await expect(app.filters.getByRole('button', { name: 'Add filter' })).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Add filter' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Status' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.facetEditor('Status').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('sign');
  await page.keyboard.press('Enter');
  await expect(app.filterChip('Status: Signed')).toBeFocused();
  const signed = await app.rows().count();

  await page.keyboard.press('Enter');
  await expect(app.facetEditor('Status')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.facetEditor('Status')).toBeHidden();
  await expect(app.filterChip('Status: Signed')).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(app.filterChip('Status: Signed')).toHaveCount(0);
  await expect(app.filters.getByRole('button', { name: 'Add filter' })).toBeFocused();
  await expect(app.rows()).toHaveCount(11);
  expect(signed).toBeLessThan(11);
});

test('Escape in a filter editor closes the editor, not the detail pane', async ({ page }) => {
  const app = await openDeals(page, { width: 1440, height: 900 });
  await app.openRecord(programme);
  await app.openFacetEditor('Kind');
  await page.keyboard.press('Escape');
  await expect(app.facetEditor('Kind')).toBeHidden();
  await expect(app.detailPane).toBeVisible();
});

test('showing deleted records is a chip too, and the menu stops offering it', async ({ page }) => {
  const app = await openDeals(page, { width: 1440, height: 900 });
  await app.showDeleted();
  await expect(app.filters.getByText('Deleted records included')).toBeVisible();
  await app.filters.getByRole('button', { name: 'Add filter' }).click();
  await expect(page.getByRole('menu', { name: 'Add filter' }).getByRole('menuitem', { name: 'Deleted records' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await app.removeFilterChip('Deleted records included');
  await expect(app.filters.getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);
});

test('the deals screen with its pane, two chips and the Add filter menu, at every size and theme', async ({ page }) => {
  test.setTimeout(180_000);
  const app = await openDeals(page, { width: 1440, height: 900 });
  await app.filterBy('Status', 'Completed');
  await app.filterRange('Year', '2010', '2024');
  await app.openRecord(programme);
  for (const size of sizes) {
    await page.setViewportSize(size);
    await app.filters.getByRole('button', { name: 'Add filter' }).click();
    await expect(page.getByRole('menu', { name: 'Add filter' })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${size.width} ${colorScheme}`).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`deals-chips-menu-${size.width}x${size.height}-${colorScheme}.png`) });
    }
    await page.keyboard.press('Escape');
    await app.openFacetEditor('Party');
    await app.facetEditor('Party').getByRole('combobox').fill('uzbek');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `editor ${size.width} ${colorScheme}`).toEqual([]);
      await page.screenshot({
        path: test.info().outputPath(`deals-party-editor-${size.width}x${size.height}-${colorScheme}.png`),
      });
    }
    await page.keyboard.press('Escape');
  }
});
