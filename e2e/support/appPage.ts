import { expect, type Locator, type Page } from '@playwright/test';

/** The app shell as an analyst sees it; specs use these locators instead of raw selectors. */
export class AppPage {
  readonly sidebar: Locator;
  readonly main: Locator;
  readonly statusBar: Locator;
  readonly detailPane: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Record kinds' });
    this.main = page.getByRole('main');
    this.statusBar = page.getByRole('contentinfo');
    this.detailPane = page.getByRole('complementary');
  }

  /** Opens the app and goes from the dashboard it opens on to the Deals table. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.sidebar).toBeVisible();
    await this.section('Deals').click();
    await expect(this.main.getByRole('heading', { name: 'Deals' })).toBeVisible();
  }

  section(name: string): Locator {
    return this.sidebar.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  table(): Locator {
    return this.main.getByRole('grid', { name: /table$/ });
  }

  /**
   * Clicks the row whose first text cell is exactly `title`. The table only renders the rows in view,
   * and a new record's place in store order follows from its random id, so a row that is not rendered
   * is found as an analyst would find it: by typing its title into the table's filter.
   */
  async openRecord(title: string): Promise<void> {
    const row = this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell', { name: title, exact: true }) });
    if (!(await row.isVisible())) await this.main.getByRole('searchbox', { name: 'Filter' }).fill(title);
    await row.click();
    await expect(this.detailPane.getByRole('heading', { name: title })).toBeVisible();
  }

  /** The value the detail pane shows for a field: "Country", "Notes", "IT Park". */
  detailField(label: string): Locator {
    return this.detailPane
      .locator('.detail-fields > div')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition');
  }

  /** Runs a command of the toolbar's Data menu ("Save data as workbook…", "Reset data…", …). */
  async runDataCommand(label: string): Promise<void> {
    await this.page.locator('.data-menu > summary').click();
    await this.page.getByRole('group', { name: 'Data' }).getByRole('button', { name: label }).click();
  }

  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset['theme']);
  }
}
