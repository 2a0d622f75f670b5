import type { Deal } from '../model/deal';
import type { Indicator, Observation } from '../model/indicator';
import type { Organization } from '../model/organization';
import {
  addDeal,
  emptyDealTotal,
  undatedLabel,
  totalsByPartyCountry,
  totalsBySector,
  totalsByYear,
  type DealTotal,
} from '../report/dealTotals';
import { latestIndicatorValues, type IndicatorLatest } from '../report/indicatorChanges';

/** The active records the dashboard is drawn from. */
export interface InsightRecords {
  organizations: Organization[];
  deals: Deal[];
  indicators: Indicator[];
  observations: Observation[];
}

/** A deal is a commitment once it is signed or under way; talks, declarations and terminated deals are not. */
export const committedStatuses: ReadonlySet<Deal['status']> = new Set<Deal['status']>([
  'signed',
  'in-progress',
  'completed',
  'granted',
]);

/** The measure the dashboard leads with, as the issue asks: services exports to China. */
export const headlineIndicatorName = 'Services exports to China';

/**
 * A headline count of the records that name something, beside the indicator that measures the same
 * thing: sources report more than they name ("13 companies …, including SOLUXE CONSULTING, ZTE China
 * and ONE Cloud China Tech"), so the indicator's figure leads where the store has one.
 */
export interface MeasuredCount {
  /** Records in the store the figure counts. */
  named: number;
  /** The indicator of the figure's name, or null when the store has none with an observation. */
  measure: IndicatorLatest | null;
}

/** The indicator that measures the count of IT Park residents with Chinese capital, found by its name. */
export const residentsIndicatorName = 'IT Park residents with Chinese capital';

export interface HeadlineFigures {
  /** Value of committed deals (see `committedStatuses`). */
  committed: DealTotal;
  deals: number;
  organizations: number;
  /** Organizations that are IT Park residents now and whose capital comes (partly) from China. */
  chineseCapitalResidents: MeasuredCount;
  /** The latest observation of `headlineIndicatorName`, or null when the store has no such indicator. */
  headlineIndicator: IndicatorLatest | null;
}

/** Groups beyond the first `limit`, summed so a chart can say what it leaves out. */
export interface TopTotals {
  shown: DealTotal[];
  hiddenGroups: number;
  hiddenDeals: number;
}

export interface DashboardFigures {
  headline: HeadlineFigures;
  byYear: DealTotal[];
  byChineseCounterpart: TopTotals;
  bySector: TopTotals;
  indicators: IndicatorLatest[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function indicatorNamed(indicators: IndicatorLatest[], name: string): IndicatorLatest | null {
  return indicators.find((latest) => sameName(latest.indicator.name, name)) ?? null;
}

function measuredCount(named: number, indicators: IndicatorLatest[], name: string): MeasuredCount {
  const measure = indicatorNamed(indicators, name);
  return { named, measure: measure?.latest ? measure : null };
}

export function headlineFigures(records: InsightRecords, indicators: IndicatorLatest[]): HeadlineFigures {
  const committed = emptyDealTotal('committed', 'Committed deals');
  for (const deal of records.deals) if (committedStatuses.has(deal.status)) addDeal(committed, deal);
  let chineseCapitalResidents = 0;
  for (const organization of records.organizations) {
    if (organization.itParkResidency?.status === 'resident' && organization.capitalOrigin.includes('CN'))
      chineseCapitalResidents += 1;
  }
  return {
    committed,
    deals: records.deals.length,
    organizations: records.organizations.length,
    chineseCapitalResidents: measuredCount(chineseCapitalResidents, indicators, residentsIndicatorName),
    headlineIndicator: indicatorNamed(indicators, headlineIndicatorName),
  };
}

/** The `limit` largest groups (totals come sorted largest first) and what the rest add up to. */
export function topTotals(totals: DealTotal[], limit: number): TopTotals {
  const hidden = totals.slice(limit);
  return {
    shown: totals.slice(0, limit),
    hiddenGroups: hidden.length,
    hiddenDeals: hidden.reduce((sum, total) => sum + total.deals, 0),
  };
}

/** Beyond this many years a chart of every year would be a comb; the years with deals are shown alone. */
const longestYearAxis = 100;

/**
 * Year totals (in order, undated last) with the years between that have no deals added as empty
 * groups, so the distance between bars is the distance in time.
 */
export function withEmptyYears(byYear: DealTotal[]): DealTotal[] {
  const dated = byYear.filter((total) => total.key !== undatedLabel);
  if (dated.length < 2) return byYear;
  const first = Number(dated[0].key);
  const last = Number(dated[dated.length - 1].key);
  if (last - first >= longestYearAxis) return byYear;
  const byKey = new Map(dated.map((total) => [total.key, total]));
  const years = Array.from({ length: last - first + 1 }, (_, offset) => {
    const year = String(first + offset);
    return byKey.get(year) ?? emptyDealTotal(year, year);
  });
  return [...years, ...byYear.filter((total) => total.key === undatedLabel)];
}

/** Everything the dashboard shows, in a few passes over the records: linear in their number. */
export function dashboardFigures(records: InsightRecords, chartLimit = 12): DashboardFigures {
  const organizations = new Map(records.organizations.map((organization) => [organization.id, organization]));
  const lookups = {
    organizationName: (id: string) => organizations.get(id)?.name ?? `(unknown organization ${id})`,
    organizationCountry: (id: string) => organizations.get(id)?.country ?? null,
  };
  const indicators = latestIndicatorValues(records.indicators, records.observations);
  return {
    headline: headlineFigures(records, indicators),
    byYear: withEmptyYears(totalsByYear(records.deals)),
    byChineseCounterpart: topTotals(totalsByPartyCountry(records.deals, 'CN', lookups), chartLimit),
    bySector: topTotals(totalsBySector(records.deals), chartLimit),
    indicators,
  };
}
