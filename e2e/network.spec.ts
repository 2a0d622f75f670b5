import { expect, test, type Page } from '@playwright/test';
import { InsightPage, type TextBox } from './support/insightPage';
import { screenshotsAtEverySize } from './support/screenshots';

const title = 'Who works with whom';
const legend = ['China', 'Uzbekistan', 'Elsewhere or unknown'];
const sizes = [
  [1024, 700],
  [1440, 900],
  [1920, 1080],
] as const;

const overlap = (a: TextBox, b: TextBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openNetwork(page: Page): Promise<InsightPage> {
  const app = new InsightPage(page);
  await app.openDashboard();
  await app.show('Network');
  await expect(app.chartText(title, 'Uzbektelecom')).toBeVisible();
  return app;
}

test('the network is drawn the same on every visit, after a reload, a theme switch and a resize', async ({ page }) => {
  const app = await openNetwork(page);
  const firstVisit = await app.chartDrawing(title);
  expect(firstVisit.filter((mark) => mark.startsWith('text')).length).toBeGreaterThan(legend.length);

  await app.show('Dashboard');
  await app.show('Network');
  await expect(app.chartText(title, 'Uzbektelecom')).toBeVisible();
  expect(await app.chartDrawing(title)).toEqual(firstVisit);

  await page.reload();
  await expect(app.main.getByRole('heading', { name: 'Network', level: 2 })).toBeVisible();
  await expect(app.chartText(title, 'Uzbektelecom')).toBeVisible();
  expect(await app.chartDrawing(title)).toEqual(firstVisit);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(app.chartText(title, 'Uzbektelecom')).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => app.chartDrawing(title)).toEqual(firstVisit);
});

test('no two labels of the network overlap and none is cut off, at every window size', async ({ page }) => {
  const app = await openNetwork(page);
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await app.chartImage(title).scrollIntoViewIfNeeded();
    // Let the chart redraw at its new width before measuring.
    await expect.poll(async () => (await app.chartTextBoxes(title)).chart.right).toBeLessThanOrEqual(width);
    const { chart, texts } = await app.chartTextBoxes(title);
    const labels = texts.filter((box) => !legend.includes(box.text));
    expect(labels.map((label) => label.text)).toContain('Uzbektelecom');
    for (const label of texts) {
      const where = `${label.text} at ${width}×${height}`;
      expect(label.left, where).toBeGreaterThanOrEqual(chart.left);
      expect(label.right, where).toBeLessThanOrEqual(chart.right);
      expect(label.top, where).toBeGreaterThanOrEqual(chart.top);
      expect(label.bottom, where).toBeLessThanOrEqual(chart.bottom);
    }
    const overlapping = labels.flatMap((a, index) =>
      labels.slice(index + 1).flatMap((b) => (overlap(a, b) ? [`${a.text} / ${b.text} at ${width}×${height}`] : [])),
    );
    expect(overlapping).toEqual([]);
  }
});

test('a long name is cut short on the chart and shown whole on hover and in the table', async ({ page }) => {
  const app = await openNetwork(page);
  const fullName = 'Ministry of Industry and Information Technology of China';
  const shortened = app
    .chartImage(title)
    .locator('svg text')
    .filter({ hasText: /^Ministry of Industry.*…$/ });
  await expect(shortened).toBeVisible();
  await shortened.hover();
  await expect(app.chartImage(title).locator('svg text').filter({ hasText: fullName })).toBeVisible();
  expect((await app.dataTableValues(title)).has(fullName)).toBe(true);
});

test('screenshots of the network at every size, in both themes', async ({ page }) => {
  const app = await openNetwork(page);
  await screenshotsAtEverySize(page, 'network', app.chartImage(title));
});
