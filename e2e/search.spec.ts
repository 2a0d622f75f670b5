import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { seriousViolations } from './support/axe';
import { ImportPage } from './support/importPage';
import { SearchPalette } from './support/searchPalette';
import { writeSheetFile } from './support/sheetFile';

/**
 * Sixty Huawei deals, so a search for "huawei" has more results than the palette lists (50) or shows at once;
 * a third of them in Russian and a third in Chinese, which name Huawei only in their descriptions, so their
 * options show the matched words on a line of their own.
 */
function writeHuaweiDeals(path: string): void {
  const rows = Array.from({ length: 60 }, (_, n) => {
    const lot = n + 1;
    const city = ['Tashkent', 'Samarkand', 'Bukhara'][n % 3];
    if (n % 3 === 1) return [`Базовые станции, лот ${lot}`, '2024-03-15', 'Huawei', `Поставка оборудования Huawei, этап ${lot}`];
    if (n % 3 === 2) return [`基站第${lot}批`, '2024-06-15', 'Huawei', `华为（Huawei）提供设备，第${lot}期`];
    return [`Huawei base station lot ${lot} in ${city}`, '2024-09-15', 'Huawei', ''];
  });
  writeSheetFile(path, 'Base stations', XLSX.utils.aoa_to_sheet([['Title', 'Signed', 'Partner', 'Description'], ...rows]));
}

test('searches many records, moving through more results than fit with the keyboard', async ({ page }) => {
  const path = test.info().outputPath('huawei-base-stations.xlsx');
  writeHuaweiDeals(path);
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  await expect(app.importButton).toHaveText('Import 60 records');
  await app.importButton.click();
  await expect(app.notice(/^Imported huawei-base-stations\.xlsx: 60 added/)).toBeVisible();

  const search = new SearchPalette(page);
  await search.open();
  await search.input.fill('huawei');
  await expect(search.status).toHaveText('The best 50 matches; add words to narrow them.');
  // Only the options in view (and a few beyond) are in the page; each tells screen readers its place among all 50.
  const rendered = await search.options.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(25);
  await expect(search.options.first()).toHaveAttribute('aria-setsize', '50');
  await expect(search.options.first()).toHaveAttribute('aria-posinset', '1');
  expect(await search.optionsCutOff()).toEqual([]);

  for (let moves = 1; moves <= 30; moves++) {
    await page.keyboard.press('ArrowDown');
    const active = await search.activeOption();
    await expect(active).toHaveAttribute('aria-posinset', String(moves + 1));
    await expect(active).toHaveAttribute('aria-selected', 'true');
    await expect(active).toBeInViewport({ ratio: 1 });
  }
  expect(await search.options.count()).toBeLessThan(25);
  expect(await search.scrollTop()).toBeGreaterThan(0);
  expect(await search.optionsCutOff()).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/global-search-scrolled.png' });
  expect(await seriousViolations(page), 'search palette').toEqual([]);

  // A new query starts at the top; up from its first result wraps to the last, which is scrolled into view.
  await search.input.fill('huawe');
  await expect.poll(() => search.scrollTop()).toBe(0);
  await expect(await search.activeOption()).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('ArrowUp');
  await expect(await search.activeOption()).toHaveAttribute('aria-posinset', '50');
  await expect(await search.activeOption()).toBeInViewport({ ratio: 1 });

  // Enter opens the highlighted result.
  await search.input.fill('huawei lot 10 tashkent');
  await expect.poll(() => search.scrollTop()).toBe(0);
  await expect(search.options).toHaveCount(1);
  await expect(search.options.first()).toHaveAttribute('aria-setsize', '1');
  await page.keyboard.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(app.detailPane.getByRole('heading', { name: 'Huawei base station lot 10 in Tashkent' })).toBeVisible();
});
