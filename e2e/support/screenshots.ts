import { test, type Locator, type Page } from '@playwright/test';

const sizes = [
  [1024, 700],
  [1440, 900],
] as const;

/**
 * Screenshots of the page at the narrow and the wide window, in both themes, into the test's output
 * folder, for a person to look at; `inView` is scrolled into view first. The page is left at the wide
 * size in the light theme.
 */
export async function screenshotsAtEverySize(page: Page, name: string, inView?: Locator): Promise<void> {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await inView?.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`${name}-${width}x${height}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
