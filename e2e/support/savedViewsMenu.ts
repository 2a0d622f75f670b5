import type { Locator, Page } from '@playwright/test';

/** The Views menu above a table, where the analyst saves the current filters and columns and picks a saved view. */
export class SavedViewsMenu {
  readonly menu: Locator;
  readonly panel: Locator;

  constructor(page: Page) {
    this.menu = page
      .getByRole('main')
      .locator('details.popover')
      .filter({ has: page.locator('summary', { hasText: /^Views/ }) });
    this.panel = this.menu.locator('.popover-panel');
  }

  /** Opens the menu unless it is open already (a click on its summary would close it). */
  async open(): Promise<void> {
    if ((await this.menu.getAttribute('open')) === null) await this.menu.locator('summary').click();
  }

  async save(name: string): Promise<void> {
    await this.open();
    await this.panel.getByLabel('Save current view as').fill(name);
    await this.panel.getByRole('button', { name: 'Save view' }).click();
  }

  view(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }
}
