import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../model/indicator';
import { deal, nextId, organization, usd } from '../search/searchFixtures.testHelpers';
import { moneyFromNumber } from '../values/money';
import { committedStatuses, dashboardFigures, headlineIndicatorName, topTotals, withEmptyYears } from './dashboardFigures';
import { emptyDealTotal } from '../report/dealTotals';
import { dataset } from '../dataset/defaultDataset.testHelpers';

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };
const year = (y: number) => ({ unit: 'year' as const, start: `${y}-01-01`, end: `${y}-12-31` });

function indicator(name: string, unit: string): Indicator {
  return { id: nextId(), ...stamps, name, unit, description: '', country: 'UZ' };
}
function observation(indicatorId: string, start: string, end: string, value: number): Observation {
  return {
    id: nextId(),
    ...stamps,
    indicatorId,
    period: { unit: 'quarter', start, end },
    value,
    qualifier: 'exact',
    basis: 'period',
    organizationIds: [],
    notes: '',
    citations: [],
  };
}

const huawei = organization({ name: 'Huawei', country: 'CN' });
const zte = organization({ name: 'ZTE', country: 'CN' });
const uzbektelecom = organization({ name: 'Uzbektelecom', country: 'UZ' });
const resident = organization({
  name: 'ONE Cloud China Tech',
  country: 'UZ',
  capitalOrigin: ['CN'],
  itParkResidency: { status: 'resident', since: null, asOf: year(2024) },
});
const formerResident = organization({
  name: 'Former',
  country: 'UZ',
  capitalOrigin: ['CN'],
  itParkResidency: { status: 'former-resident', since: null, asOf: year(2024) },
});
const localResident = organization({
  name: 'Local',
  country: 'UZ',
  itParkResidency: { status: 'resident', since: null, asOf: year(2024) },
});
const organizations = [huawei, zte, uzbektelecom, resident, formerResident, localResident];

const backbone = deal({
  title: 'Backbone',
  status: 'completed',
  date: year(2016),
  parties: [
    { organizationId: uzbektelecom.id, role: 'beneficiary' },
    { organizationId: huawei.id, role: 'contractor' },
    { organizationId: huawei.id, role: 'financier' },
  ],
  sectors: ['telecommunications', 'Data centres'],
  money: moneyFromNumber(700_000_000, 'USD', 'approximately'),
});
const cameras = deal({
  title: 'Cameras',
  status: 'signed',
  date: year(2016),
  parties: [{ organizationId: zte.id, role: 'supplier' }],
  sectors: ['data centres'],
  money: usd(50_000_000),
});
const yuanLoan = deal({ title: 'Loan in yuan', status: 'signed', money: moneyFromNumber(100_000_000, 'CNY') });
const talks = deal({ title: 'Talks', status: 'under-discussion', date: year(2025), money: usd(9_000_000) });
const deals = [backbone, cameras, yuanLoan, talks];

const exports = indicator(headlineIndicatorName.toUpperCase(), 'USD');
const residents = indicator('IT Park residents with Chinese capital', 'companies');
const observations = [
  observation(exports.id, '2025-01-01', '2025-06-30', 7_400_000),
  observation(exports.id, '2024-01-01', '2024-12-31', 2_700_000),
];

const figures = dashboardFigures({ organizations, deals, indicators: [residents, exports], observations });

describe('dashboard headline figures', () => {
  it('adds up committed deals only, saying how much of the value is approximate and what is not in USD', () => {
    const committed = deals.filter((candidate) => committedStatuses.has(candidate.status));
    expect(committed.map((candidate) => candidate.title)).toEqual(['Backbone', 'Cameras', 'Loan in yuan']);
    expect(figures.headline.committed).toMatchObject({
      deals: 3,
      withValue: 3,
      usd: 750_000_000,
      notExact: 1,
      notExactUsd: 700_000_000,
      unconverted: 1,
    });
  });

  it('counts deals, organizations and current IT Park residents with Chinese capital', () => {
    expect(figures.headline.deals).toBe(deals.length);
    expect(figures.headline.organizations).toBe(organizations.length);
    expect(figures.headline.chineseCapitalResidents).toEqual({ named: 1, measure: null });
  });

  it('leads the count of IT Park residents with the indicator the sources report, the named residents beside it', () => {
    const { named, measure } = dashboardFigures(dataset).headline.chineseCapitalResidents;
    expect(measure?.indicator.name).toBe('IT Park residents with Chinese capital');
    expect(measure?.latest).toMatchObject({ value: 13, basis: 'cumulative', period: { start: '2024-01-01', end: '2024-12-31' } });
    expect(measure?.latest?.citations[0]?.excerpt).toMatch(/^By the end of 2024, 13 companies with Chinese capital/);
    const residents = dataset.organizations.filter(
      (candidate) => candidate.itParkResidency?.status === 'resident' && candidate.capitalOrigin.includes('CN'),
    );
    expect(named).toBe(residents.length);
    expect(named).toBeLessThan(13);
  });

  it('leads with services exports to China, whatever the case of its name, with the change since the period before', () => {
    const headline = figures.headline.headlineIndicator;
    expect(headline?.indicator.id).toBe(exports.id);
    expect(headline?.latest?.value).toBe(7_400_000);
    expect(headline?.change).toBe(4_700_000);
    expect(headline?.series.map((point) => point.value)).toEqual([2_700_000, 7_400_000]);
    const without = dashboardFigures({ organizations, deals, indicators: [residents], observations: [] });
    expect(without.headline.headlineIndicator).toBeNull();
  });
});

describe('dashboard breakdowns', () => {
  it('totals deals by the year they start, undated last, with each group keyed for filtering', () => {
    const years = figures.byYear.map(({ key, deals: count, usd: value }) => [key, count, value]);
    expect(years[0]).toEqual(['2016', 2, 750_000_000]);
    expect(years.at(-2)).toEqual(['2025', 1, 9_000_000]);
    expect(years.at(-1)).toEqual(['Undated', 1, 0]);
  });

  it('shows the years between with no deals as empty groups, so bars stand as far apart as the years', () => {
    expect(figures.byYear.map((total) => total.key)).toEqual([
      ...Array.from({ length: 10 }, (_, offset) => String(2016 + offset)),
      'Undated',
    ]);
    expect(figures.byYear.find((total) => total.key === '2020')).toEqual(emptyDealTotal('2020', '2020'));
    const centuries = [emptyDealTotal('1025', '1025'), emptyDealTotal('2025', '2025')];
    expect(withEmptyYears(centuries)).toEqual(centuries);
  });

  it('totals by Chinese counterpart, counting a party named twice in a deal once', () => {
    expect(figures.byChineseCounterpart.shown.map(({ key, label, deals: count }) => [key, label, count])).toEqual([
      [huawei.id, 'Huawei', 1],
      [zte.id, 'ZTE', 1],
    ]);
  });

  it('totals by sector regardless of the case a sector is written in', () => {
    const sectors = figures.bySector.shown.map(({ key, deals: count, usd: value }) => [key, count, value]);
    expect(sectors).toEqual([
      ['data centres', 2, 750_000_000],
      ['telecommunications', 1, 700_000_000],
      ['(no sector)', 2, 9_000_000],
    ]);
  });

  it('keeps the largest groups and says how many groups and deals it leaves out', () => {
    const top = topTotals(figures.bySector.shown, 1);
    expect(top.shown.map((total) => total.key)).toEqual(['data centres']);
    expect(top.hiddenGroups).toBe(2);
    expect(top.hiddenDeals).toBe(3);
  });
});

describe('dashboard figures at scale', () => {
  it('adds up 100,000 deals over 500 organizations to the same totals as a plain sum', () => {
    const companies = Array.from({ length: 500 }, (_, n) => organization({ name: `Company ${n}`, country: n % 2 ? 'CN' : 'UZ' }));
    const many = Array.from({ length: 100_000 }, (_, n) =>
      deal({
        status: 'signed',
        date: year(2000 + (n % 25)),
        parties: [
          { organizationId: companies[n % 500].id, role: 'signatory' },
          { organizationId: companies[(n * 7 + 1) % 500].id, role: 'contractor' },
        ],
        sectors: [['telecommunications', 'finance', 'e-government'][n % 3]],
        money: usd(n),
      }),
    );
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const large = dashboardFigures({ organizations: companies, deals: many, indicators: [], observations: [] });
    console.log(
      `Dashboard figures over ${many.length} deals computed in ${(performance.now() - started).toFixed(0)} ms (${(process.cpuUsage(cpuStarted).user / 1000).toFixed(0)} ms of CPU)`,
    );
    const plainSum = many.reduce((sum, candidate) => sum + (candidate.money?.usd?.amount ?? 0), 0);
    expect(large.headline.committed.usd).toBe(plainSum);
    expect(large.byYear.reduce((sum, total) => sum + total.usd, 0)).toBe(plainSum);
    expect(large.byYear).toHaveLength(25);
    expect(large.byChineseCounterpart.shown).toHaveLength(12);
    expect(large.byChineseCounterpart.hiddenGroups).toBe(250 - 12);
  });
});
