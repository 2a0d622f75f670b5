import type { Deal } from '../model/deal';
import { labelOf } from '../model/labels';
import { usdAmount } from '../values/money';
import type { ReportLookups } from './reportLookups';

/** The deals of one group (a year, a counterpart, a sector) and what their values add up to. */
export interface DealTotal {
  label: string;
  deals: number;
  /** Deals whose value is stated, in any currency. */
  withValue: number;
  /** Sum of the values known in US dollars. */
  usd: number;
  /** Values stated as approximate or as a bound ("more than USD 500 million"): the total is not exact. */
  notExact: number;
  /** Values in another currency with no US dollar value yet: they are missing from the total. */
  unconverted: number;
}

interface DealGroup {
  key: string;
  label: string;
}

export const undatedLabel = 'Undated';
export const noSectorLabel = '(no sector)';

/** Adds up deals per group; a deal in several groups (two Chinese parties, three sectors) counts in each. */
export function totalDealsBy(deals: Deal[], groupsOf: (deal: Deal) => DealGroup[]): DealTotal[] {
  const totals = new Map<string, DealTotal>();
  for (const deal of deals) {
    const groups = new Map(groupsOf(deal).map((group) => [group.key, group.label]));
    for (const [key, label] of groups) {
      const total = totals.get(key) ?? { label, deals: 0, withValue: 0, usd: 0, notExact: 0, unconverted: 0 };
      total.deals += 1;
      const usd = usdAmount(deal.money);
      if (deal.money) total.withValue += 1;
      if (usd !== null) total.usd += usd;
      if (deal.money && deal.money.qualifier !== 'exact') total.notExact += 1;
      if (deal.money && usd === null) total.unconverted += 1;
      totals.set(key, total);
    }
  }
  return [...totals.values()];
}

/** A deal dated as a range ("2016–2025") counts in the year it starts. */
export function totalsByYear(deals: Deal[]): DealTotal[] {
  const totals = totalDealsBy(deals, (deal) => {
    const year = deal.date ? deal.date.start.slice(0, 4) : undatedLabel;
    return [{ key: year, label: year }];
  });
  // Years in order, undated deals last.
  return totals.sort(
    (a, b) => Number(a.label === undatedLabel) - Number(b.label === undatedLabel) || a.label.localeCompare(b.label),
  );
}

const byValueThenLabel = (a: DealTotal, b: DealTotal) => b.usd - a.usd || b.deals - a.deals || a.label.localeCompare(b.label);

/** Totals per party whose organization is registered in `country` (CN for Chinese counterparts, UZ for Uzbek parties). */
export function totalsByPartyCountry(deals: Deal[], country: string, lookups: ReportLookups): DealTotal[] {
  return totalDealsBy(deals, (deal) =>
    deal.parties
      .filter((party) => lookups.organizationCountry(party.organizationId) === country)
      .map((party) => ({ key: party.organizationId, label: lookups.organizationName(party.organizationId) })),
  ).sort(byValueThenLabel);
}

export function totalsBySector(deals: Deal[]): DealTotal[] {
  return totalDealsBy(deals, (deal) =>
    deal.sectors.length > 0
      ? deal.sectors.map((sector) => ({ key: sector.toLowerCase(), label: sector }))
      : [{ key: noSectorLabel, label: noSectorLabel }],
  ).sort(byValueThenLabel);
}

/** How many deals of each kind, most frequent first. */
export function countsByKind(deals: Deal[]): { label: string; deals: number }[] {
  const counts = new Map<string, number>();
  for (const deal of deals) counts.set(deal.kind, (counts.get(deal.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ label: labelOf(kind), deals: count }))
    .sort((a, b) => b.deals - a.deals || a.label.localeCompare(b.label));
}
