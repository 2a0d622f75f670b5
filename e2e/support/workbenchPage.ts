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

  selectedRows(): Locator {
    return this.rows().and(this.page.locator('[aria-selected="true"]'));
  }

  /** The row the table names as its active one (aria-activedescendant). */
  activeRow(): Locator {
    return this.table().locator('tr.active-row');
  }

  rowTitled(title: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('gridcell', { name: title, exact: true }) });
  }

  async selectRow(title: string): Promise<void> {
    await this.rowTitled(title).getByRole('checkbox').check();
  }

  /** Adds a filter from the filter bar's Add filter menu: the facet ("Party"), then its value ("Tencent"). */
  async filterBy(facet: string, option: string): Promise<void> {
    await this.openFacetEditor(facet);
    await this.facetEditor(facet).getByRole('option', { name: option, exact: true }).click();
    await expect(this.facetEditor(facet)).toBeHidden();
  }

  /** Adds a year or value range ("Year", "Value (USD)"); an empty bound stays open. */
  async filterRange(facet: string, from: string, to: string): Promise<void> {
    await this.openFacetEditor(facet);
    const bounds = this.facetEditor(facet).getByRole('spinbutton');
    await bounds.nth(0).fill(from);
    await bounds.nth(1).fill(to);
    await bounds.nth(1).press('Enter');
    await expect(this.facetEditor(facet)).toBeHidden();
  }

  async openFacetEditor(facet: string): Promise<void> {
    await this.filters.getByRole('button', { name: 'Add filter' }).click();
    await this.page.getByRole('menu', { name: 'Add filter' }).getByRole('menuitem', { name: facet, exact: true }).click();
    await expect(this.facetEditor(facet)).toBeVisible();
  }

  /** The popover in which a facet's filter is chosen. */
  facetEditor(facet: string): Locator {
    return this.filters.getByRole('dialog', { name: `Filter by ${facet.toLowerCase()}` });
  }

  /** The chip of a filter in force, by its text ("Party: Tencent"): the button that edits it. */
  filterChip(text: string): Locator {
    return this.filters.getByRole('button', { name: text, exact: true });
  }

  async removeFilterChip(text: string): Promise<void> {
    await this.filters.getByRole('button', { name: `Remove filter ${text}`, exact: true }).click();
  }

  async showDeleted(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Add filter' }).click();
    await this.page.getByRole('menu', { name: 'Add filter' }).getByRole('menuitem', { name: 'Deleted records' }).click();
  }

  /** The separator on the detail pane's left edge that resizes it. */
  detailPaneResizer(): Locator {
    return this.page.getByRole('separator', { name: 'Resize the detail pane' });
  }

  async clearFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Clear all' }).click();
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
