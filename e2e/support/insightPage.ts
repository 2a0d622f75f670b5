import { expect, type Locator, type Page } from '@playwright/test';
import { WorkbenchPage } from './workbenchPage';

/** Where a text is drawn, in page pixels. */
export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

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

  /** One headline figure with its label, value, what it counts and its source. */
  headlineCard(label: string): Locator {
    return this.headlineFigures.getByRole('listitem').filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** The exact figure behind a headline ("Committed deal value" → 1258400000). */
  async headlineFigure(label: string): Promise<number> {
    return Number(await this.headlineCard(label).locator('data').getAttribute('value'));
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
   * A chart's drawing as it would be compared by eye: every text with its box, every shape's outline,
   * in page pixels, leaving out colours (which follow the theme).
   */
  async chartDrawing(title: string): Promise<string[]> {
    return this.chartImage(title)
      .locator('svg text, svg path')
      .evaluateAll((marks) =>
        marks.map((mark) => {
          const box = mark.getBoundingClientRect();
          const where = [box.x, box.y, box.width, box.height].map((value) => value.toFixed(1)).join(' ');
          return `${mark.tagName} ${mark.textContent ?? ''} ${mark.getAttribute('d') ?? ''} ${where}`;
        }),
      );
  }

  /** The boxes of the texts a chart shows (labels, legend), in page pixels, and the box of the chart itself. */
  async chartTextBoxes(title: string): Promise<{ chart: TextBox; texts: TextBox[] }> {
    const image = this.chartImage(title);
    const chart = await image.evaluate((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { text: '', left, top, right, bottom };
    });
    const texts = await image.locator('svg text').evaluateAll((marks) =>
      marks
        .filter((mark) => getComputedStyle(mark).display !== 'none' && Number(getComputedStyle(mark).opacity) > 0)
        .map((mark) => {
          const { left, top, right, bottom } = mark.getBoundingClientRect();
          return { text: mark.textContent ?? '', left, top, right, bottom };
        })
        .filter((box) => box.text.trim() !== '' && box.right > box.left),
    );
    return { chart, texts };
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
    return this.filters.getByRole('button', { name: `Remove filter ${label}` });
  }
}
