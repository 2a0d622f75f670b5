import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './appPage';

/** A record table with its filters, bulk bar and detail pane. */
export class WorkbenchPage extends AppPage {
  readonly filters: Locator;
  readonly bulkBar: Locator;

  constructor(page: Page) {
    super(page);
    this.filters = page.getByRole('search');
    this.bulkBar = page.getByRole('toolbar', { name: 'Actions on selected rows' });
  }

  rows(): Locator {
    return this.table().locator('tbody tr[id^="row-"]');
  }

  rowTitled(title: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('gridcell', { name: title, exact: true }) });
  }

  async selectRow(title: string): Promise<void> {
    await this.rowTitled(title).getByRole('checkbox').check();
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.filters.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
  }

  async expectTitles(titles: string[]): Promise<void> {
    await expect(this.rows().locator('td:nth-child(2)')).toHaveText(titles);
  }

  /** Exports from the Ctrl+E dialog after `setUp` has made its choices in it; the file as downloaded. */
  async exportReport(setUp: (dialog: Locator) => Promise<void> = async () => {}): Promise<{ name: string; path: string }> {
    await this.page.keyboard.press('Control+e');
    const dialog = this.page.getByRole('dialog', { name: 'Export report' });
    await expect(dialog).toBeVisible();
    await setUp(dialog);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), path: (await file.path())! };
  }

  notice(text: string | RegExp): Locator {
    return this.page.locator('.notice').filter({ hasText: text });
  }
}
