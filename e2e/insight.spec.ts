import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './support/consoleErrors';
import { InsightPage } from './support/insightPage';
import { screenshotsAtEverySize } from './support/screenshots';

interface Deal {
  title: string;
  status: string;
  date: { start: string } | null;
  parties: { organizationId: string }[];
  money: { qualifier: string; usd: { amount: number } | null } | null;
}
interface Dataset {
  deals: Deal[];
  organizations: { id: string; name: string; capitalOrigin: string[]; itParkResidency: { status: string } | null }[];
  indicators: { id: string; name: string }[];
  observations: { indicatorId: string; period: { start: string }; value: number }[];
  events: { name: string; date: unknown }[];
}
const dataset = JSON.parse(readFileSync(resolve(__dirname, '../resources/default-dataset.json'), 'utf8')) as Dataset;

const usdOf = (deal: Deal) => deal.money?.usd?.amount ?? 0;
const startYear = (deal: Deal) => (deal.date ? Number(deal.date.start.slice(0, 4)) : null);
const committed = dataset.deals.filter((deal) => ['signed', 'in-progress', 'completed', 'granted'].includes(deal.status));

test('the app opens on a dashboard whose figures add up to the default dataset', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const app = new InsightPage(page);
  await app.openDashboard();

  expect(await app.headlineFigure('Committed deal value')).toBe(committed.reduce((sum, deal) => sum + usdOf(deal), 0));
  const approximate = committed.filter((deal) => deal.money && deal.money.qualifier !== 'exact');
  await expect(app.headlineFigures).toContainText(
    `$${approximate.reduce((sum, deal) => sum + usdOf(deal), 0) / 1e9}B of it approximate or a bound`,
  );
  expect(await app.headlineFigure('Deals')).toBe(dataset.deals.length);
  expect(await app.headlineFigure('Organizations')).toBe(dataset.organizations.length);
  const residents = dataset.organizations.filter(
    (organization) => organization.itParkResidency?.status === 'resident' && organization.capitalOrigin.includes('CN'),
  );
  // The source's count leads; the residents the records name are fewer, and said beside it.
  const residentsIndicator = dataset.indicators.find((indicator) => indicator.name === 'IT Park residents with Chinese capital')!;
  const reported = dataset.observations.find((observation) => observation.indicatorId === residentsIndicator.id)!;
  expect(reported.value).toBe(13);
  expect(await app.headlineFigure('IT Park residents with Chinese capital')).toBe(reported.value);
  const residentsCard = app.headlineCard('IT Park residents with Chinese capital');
  await expect(residentsCard).toContainText(`end of 2024, as the sources report; ${residents.length} named in the records`);
  await residentsCard.getByText('Source', { exact: true }).click();
  await expect(residentsCard.getByRole('blockquote')).toContainText('By the end of 2024, 13 companies with Chinese capital');
  const exportsIndicator = dataset.indicators.find((indicator) => indicator.name === 'Services exports to China')!;
  const latestExports = dataset.observations
    .filter((observation) => observation.indicatorId === exportsIndicator.id)
    .sort((a, b) => a.period.start.localeCompare(b.period.start))
    .at(-1)!;
  expect(await app.headlineFigure('Services exports to China')).toBe(latestExports.value);

  const byYear = await app.dataTableValues('Deal value and count by year');
  const years = new Set(dataset.deals.map(startYear));
  for (const year of years) {
    const deals = dataset.deals.filter((deal) => startYear(deal) === year);
    const [value, count] = byYear.get(year === null ? 'Undated' : String(year))!;
    expect([Number(value), Number(count)], `year ${year}`).toEqual([
      deals.reduce((sum, deal) => sum + usdOf(deal), 0),
      deals.length,
    ]);
  }
  await page.screenshot({ path: 'test-results/screens/dashboard.png' });
  await screenshotsAtEverySize(page, 'dashboard-headline-figures', app.headlineFigures);
  expect(errors).toEqual([]);
});

test('clicking the year with the most deal value opens the deals of that year, and the filter can be cleared', async ({
  page,
}) => {
  const app = new InsightPage(page);
  await app.openDashboard();
  const valueIn = (year: number) =>
    dataset.deals.filter((deal) => startYear(deal) === year).reduce((sum, deal) => sum + usdOf(deal), 0);
  const dated = [...new Set(dataset.deals.map(startYear).filter((year): year is number => year !== null))];
  const busiest = dated.sort((a, b) => valueIn(b) - valueIn(a))[0];

  await app.clickYearBar('Deal value and count by year', busiest);
  await expect(app.main.getByRole('heading', { name: 'Deals' })).toBeVisible();
  await app.expectTitles(dataset.deals.filter((deal) => startYear(deal) === busiest).map((deal) => deal.title));
  await app.removeFilter(`Starts in ${busiest}`).click();
  await expect(app.rows()).toHaveCount(dataset.deals.length);
});

test('clicking a Chinese counterpart opens the deals it is a party to', async ({ page }) => {
  const app = new InsightPage(page);
  await app.openDashboard();
  const huawei = dataset.organizations.find((organization) => organization.name === 'Huawei')!;
  await app.chartText('Deal value by Chinese counterpart', 'Huawei').click();
  await expect(app.filterChip('Party: Huawei')).toBeVisible();
  await app.expectTitles(
    dataset.deals.filter((deal) => deal.parties.some((party) => party.organizationId === huawei.id)).map((deal) => deal.title),
  );
});

test('the timeline draws every dated deal and event, by kind and by party', async ({ page }) => {
  const app = new InsightPage(page);
  await app.openDashboard();
  await app.show('Timeline');
  const title = 'Deals, events and residencies over time';
  await expect(app.chartText(title, 'Intergovernmental agreement')).toBeVisible();
  const rows = await app.dataTableValues(title);
  for (const deal of dataset.deals.filter((candidate) => candidate.date)) expect(rows.has(deal.title), deal.title).toBe(true);
  for (const event of dataset.events.filter((candidate) => candidate.date)) expect(rows.has(event.name), event.name).toBe(true);
  await expect(app.chartImage(title)).toHaveAttribute('aria-label', /dated records from 1999/);
  await page.screenshot({ path: 'test-results/screens/timeline.png' });

  await app.main.getByLabel('Group by').selectOption('party');
  await expect(app.chartText(title, 'Uzbektelecom')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/timeline-by-party.png' });
});

test('the network links the parties of every deal, and clicking one opens its deals', async ({ page }) => {
  const app = new InsightPage(page);
  await app.openDashboard();
  await app.show('Network');
  const title = 'Who works with whom';
  const parties = new Set(dataset.deals.flatMap((deal) => deal.parties.map((party) => party.organizationId)));
  await expect(app.chartImage(title)).toHaveAttribute('aria-label', new RegExp(`^${title}: ${parties.size} organizations`));
  const rows = await app.dataTableValues(title);
  expect(rows.size).toBe(parties.size);
  await page.screenshot({ path: 'test-results/screens/network.png' });

  const uzbektelecom = dataset.organizations.find((organization) => organization.name === 'Uzbektelecom')!;
  await app.chartText(title, 'Uzbektelecom').click();
  await expect(app.main.getByRole('heading', { name: 'Deals' })).toBeVisible();
  await app.expectTitles(
    dataset.deals
      .filter((deal) => deal.parties.some((party) => party.organizationId === uzbektelecom.id))
      .sort((a, b) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999'))
      .map((deal) => deal.title),
  );
});

test('a chart is copied to the clipboard as a PNG picture', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new InsightPage(page);
  await app.openDashboard();
  await app.chart('Deal value by sector').getByRole('button', { name: 'Copy as PNG' }).click();
  await expect(app.notice('Copied “Deal value by sector” as a picture.')).toBeVisible();
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
});
