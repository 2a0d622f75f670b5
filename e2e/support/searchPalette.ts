import { expect, type Locator, type Page } from '@playwright/test';

/** The global search palette (Ctrl+K): its search box, the results it lists and its status line. */
export class SearchPalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;
  readonly options: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Search all records' });
    this.input = this.dialog.getByRole('combobox', { name: 'Search all records' });
    this.results = this.dialog.getByRole('listbox', { name: 'Matching records' });
    this.options = this.results.getByRole('option');
    this.status = this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.input).toBeFocused();
  }

  /** The option the search box names as highlighted (aria-activedescendant), if it is in the page. */
  async activeOption(): Promise<Locator> {
    const id = await this.input.getAttribute('aria-activedescendant');
    expect(id, 'the search box names a highlighted option').toBeTruthy();
    return this.results.locator(`[id="${id}"]`);
  }

  /** How far the list of results is scrolled. */
  async scrollTop(): Promise<number> {
    return this.results.evaluate((listbox) => listbox.scrollTop);
  }

  /** The rendered options whose lines do not fit inside them, by their text; none, when the heights are right. */
  async optionsCutOff(): Promise<string[]> {
    return this.options.evaluateAll((options) =>
      options
        .filter((option) => {
          const text = option.querySelector('.global-search-text')!.getBoundingClientRect();
          return text.bottom > option.getBoundingClientRect().bottom - parseFloat(getComputedStyle(option).paddingBottom) + 0.5;
        })
        .map((option) => option.textContent ?? ''),
    );
  }
}
