import { expect, type Locator, type Page } from '@playwright/test';

/** The app shell as an analyst sees it; specs use these locators instead of raw selectors. */
export class AppPage {
  readonly sidebar: Locator;
  readonly main: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Record kinds' });
    this.main = page.getByRole('main');
    this.statusBar = page.getByRole('contentinfo');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.sidebar).toBeVisible();
  }

  section(name: string): Locator {
    return this.sidebar.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset['theme']);
  }
}
