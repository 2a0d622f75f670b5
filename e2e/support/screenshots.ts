import { test, type Locator, type Page } from '@playwright/test';

const sizes = [
  [1024, 700],
  [1440, 900],
  [1920, 1080],
] as const;

/** The pictures are for a person to look at: taken outside CI, or in it when SCREENSHOTS=1 asks. */
const screenshotsWanted = !process.env.CI || process.env.SCREENSHOTS === '1';

/**
 * Screenshots of the page at the narrow, the wide and the full HD window, in both themes, into the
 * test's output folder, for a person to look at; `inView` is scrolled into view first. The page is
 * left at the full HD size in the light theme; without screenshots, as it was.
 */
export async function screenshotsAtEverySize(page: Page, name: string, inView?: Locator): Promise<void> {
  if (!screenshotsWanted) return;
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
