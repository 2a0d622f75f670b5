import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { InsightPage } from './support/insightPage';
import { WorkbenchPage } from './support/workbenchPage';

const screens = ['Deals', 'Organizations', 'Indicators', 'Events', 'Sources', 'Annotations'];

const themes = ['light', 'dark'] as const;

for (const screen of screens) {
  test(`the ${screen} screen with its detail pane passes axe-core in both themes`, async ({ page }) => {
    const app = new WorkbenchPage(page);
    await app.open();
    await app.section(screen).click();
    await expect(app.main.getByRole('heading', { name: screen })).toBeVisible();
    await app.rows().first().click();
    await expect(app.detailPane).toBeVisible();
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await seriousViolations(page), `${theme} theme`).toEqual([]);
      await page.screenshot({ path: `test-results/screens/${screen.toLowerCase()}-${theme}.png` });
    }
  });
}

test('an indicator whose chart is still loading passes axe-core', async ({ page }) => {
  // The chart's code arrives on first use; hold it so the check sees the stand-in the pane shows meanwhile.
  let releaseChart = () => {};
  const chartHeld = new Promise<void>((resolve) => (releaseChart = resolve));
  await page.route('**/ObservationChart-*.js', async (route) => {
    await chartHeld;
    await route.continue();
  });
  const app = new WorkbenchPage(page);
  await app.open();
  await app.section('Indicators').click();
  await app.rows().first().click();
  const chart = app.detailPane.getByRole('img', { name: /^Chart of .+, loading$/ });
  await expect(chart).toHaveAttribute('aria-busy', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  releaseChart();
  await expect(chart).toBeHidden();
});

for (const screen of ['Dashboard', 'Timeline', 'Network'] as const) {
  test(`the ${screen} screen with a chart's data table open passes axe-core in both themes`, async ({ page }) => {
    const app = new InsightPage(page);
    await app.openDashboard();
    await app.show(screen);
    await app.main.getByText('Show data as table').first().click();
    await expect(app.main.getByRole('table').first()).toBeVisible();
    for (const theme of themes) {
      await page.emulateMedia({ colorScheme: theme });
      expect(await seriousViolations(page), `${theme} theme`).toEqual([]);
      await page.screenshot({ path: `test-results/screens/${screen.toLowerCase()}-${theme}.png` });
    }
  });
}

test('dialogs and menus pass axe-core too', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.rows().first().click();
  await app.detailPane.getByRole('button', { name: 'Annotate…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page), 'annotation dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await app.table().focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await seriousViolations(page), 'context menu').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Export report' })).toBeVisible();
  expect(await seriousViolations(page), 'export dialog').toEqual([]);
});

test('focus is always visible when moving through the app by keyboard', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  for (let step = 0; step < 25; step++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'body';
      const style = getComputedStyle(element);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'visible' : `${element.tagName} without outline`;
    });
    expect(['visible', 'body']).toContain(outline);
  }
});
