import { expect, type Locator, type Page } from '@playwright/test';
import { WorkbenchPage } from './workbenchPage';

/** The Dashboard, Timeline and Network screens, and the Deals table their charts lead to. */
export class InsightPage extends WorkbenchPage {
  readonly insightNav: Locator;
  readonly headlineFigures: Locator;

  constructor(page: Page) {
    super(page);
    this.insightNav = page.getByRole('navigation', { name: 'Insight' });
    this.headlineFigures = page.getByRole('list', { name: 'Headline figures' });
  }

  /** Opens the app, which starts on the dashboard. */
  async openDashboard(): Promise<void> {
    await this.page.goto('/');
    await expect(this.main.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  }

  async show(screen: 'Dashboard' | 'Timeline' | 'Network'): Promise<void> {
    await this.insightNav.getByRole('button', { name: screen }).click();
    await expect(this.main.getByRole('heading', { name: screen, level: 2 })).toBeVisible();
  }

  /** The exact figure behind a headline ("Committed deal value" → 1258400000). */
  async headlineFigure(label: string): Promise<number> {
    const figure = this.headlineFigures.getByRole('listitem').filter({ has: this.page.getByText(label, { exact: true }) });
    return Number(await figure.locator('data').getAttribute('value'));
  }

  chart(title: string): Locator {
    return this.main.getByRole('region', { name: title });
  }

  /** The drawing itself, named by its data for screen readers. */
  chartImage(title: string): Locator {
    return this.chart(title).getByRole('img', { name: `${title}:` });
  }

  async showDataTable(title: string): Promise<Locator> {
    await this.chart(title).getByText('Show data as table').click();
    const table = this.chart(title).getByRole('table', { name: title });
    await expect(table).toBeVisible();
    return table;
  }

  /** Rows of a chart's data table as {label: [cells' exact values or text]}. */
  async dataTableValues(title: string): Promise<Map<string, string[]>> {
    const table = await this.showDataTable(title);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.children].map((cell) => cell.querySelector('data')?.getAttribute('value') ?? cell.textContent ?? ''),
        ),
      );
    return new Map(rows.map(([label, ...cells]) => [label, cells]));
  }

  /** A text drawn in a chart's SVG, such as an axis label or a node's name. */
  chartText(title: string, text: string): Locator {
    return this.chartImage(title)
      .locator('svg text')
      .filter({ hasText: new RegExp(`^${text}$`) });
  }

  /**
   * Clicks the bar of `year` in the year chart, just above the axis. Years are evenly spaced and some
   * labels are thinned out, so the bar is found from two labels that are drawn.
   */
  async clickYearBar(title: string, year: number): Promise<void> {
    const labels = this.chartImage(title)
      .locator('svg text')
      .filter({ hasText: /^\d{4}$/ });
    const positions = await labels.evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return { year: Number(text.textContent), x: box.x + box.width / 2, top: box.y };
      }),
    );
    const [first, last] = [positions[0], positions[positions.length - 1]];
    const x = first.x + ((year - first.year) * (last.x - first.x)) / (last.year - first.year);
    await this.page.mouse.click(x, first.top - 12);
  }

  /** The button that removes a filter a chart set, such as "Starts in 2016". */
  removeFilter(label: string): Locator {
    return this.filters.getByRole('button', { name: `Remove filter: ${label}` });
  }
}
