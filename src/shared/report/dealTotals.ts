import type { Deal } from '../model/deal';
import { labelOf } from '../model/labels';
import { usdAmount } from '../values/money';
import type { ReportLookups } from './reportLookups';

/** The deals of one group (a year, a counterpart, a sector) and what their values add up to. */
export interface DealTotal {
  /** What the group is: a year ("2016" or `undatedLabel`), an organization id, a lower-cased sector or `noSectorLabel`. */
  key: string;
  label: string;
  deals: number;
  /** Deals whose value is stated, in any currency. */
  withValue: number;
  /** Sum of the values known in US dollars. */
  usd: number;
  /** Values stated as approximate or as a bound ("more than USD 500 million"): the total is not exact. */
  notExact: number;
  /** The part of `usd` that comes from approximate or bound values. */
  notExactUsd: number;
  /** Values in another currency with no US dollar value yet: they are missing from the total. */
  unconverted: number;
}

export const undatedLabel = 'Undated';
export const noSectorLabel = '(no sector)';

export const emptyDealTotal = (key: string, label: string): DealTotal => ({
  key,
  label,
  deals: 0,
  withValue: 0,
  usd: 0,
  notExact: 0,
  notExactUsd: 0,
  unconverted: 0,
});

/** Adds one deal's value to a total. */
export function addDeal(total: DealTotal, deal: Deal): void {
  total.deals += 1;
  if (!deal.money) return;
  const usd = usdAmount(deal.money);
  const exact = deal.money.qualifier === 'exact';
  total.withValue += 1;
  if (usd !== null) total.usd += usd;
  if (!exact) total.notExact += 1;
  if (!exact && usd !== null) total.notExactUsd += usd;
  if (usd === null) total.unconverted += 1;
}

/**
 * Adds up deals per group; a deal in several groups (two Chinese parties, three sectors) counts in each.
 * `groupsOf` gives a deal's group keys and `labelOf` names a group once, when it is first seen, so a
 * pass over 100,000 deals allocates little beyond the keys.
 */
export function totalDealsBy(
  deals: Deal[],
  groupsOf: (deal: Deal) => readonly string[],
  labelOf: (key: string, deal: Deal) => string = (key) => key,
): DealTotal[] {
  const totals = new Map<string, DealTotal>();
  for (const deal of deals) {
    const keys = groupsOf(deal);
    for (let position = 0; position < keys.length; position++) {
      const key = keys[position];
      // A deal naming the same party twice (signatory and financier) counts once for it.
      if (position > 0 && keys.indexOf(key) < position) continue;
      let total = totals.get(key);
      if (!total) totals.set(key, (total = emptyDealTotal(key, labelOf(key, deal))));
      addDeal(total, deal);
    }
  }
  return [...totals.values()];
}

/** A deal dated as a range ("2016–2025") counts in the year it starts. */
export function totalsByYear(deals: Deal[]): DealTotal[] {
  const totals = totalDealsBy(deals, (deal) => [deal.date ? deal.date.start.slice(0, 4) : undatedLabel]);
  // Years in order, undated deals last.
  return totals.sort(
    (a, b) => Number(a.label === undatedLabel) - Number(b.label === undatedLabel) || a.label.localeCompare(b.label),
  );
}

const byValueThenLabel = (a: DealTotal, b: DealTotal) => b.usd - a.usd || b.deals - a.deals || a.label.localeCompare(b.label);

/** Totals per party whose organization is registered in `country` (CN for Chinese counterparts, UZ for Uzbek parties). */
export function totalsByPartyCountry(
  deals: Deal[],
  country: string,
  lookups: Pick<ReportLookups, 'organizationName' | 'organizationCountry'>,
): DealTotal[] {
  return totalDealsBy(
    deals,
    (deal) => {
      const keys: string[] = [];
      for (const { organizationId } of deal.parties)
        if (lookups.organizationCountry(organizationId) === country) keys.push(organizationId);
      return keys;
    },
    lookups.organizationName,
  ).sort(byValueThenLabel);
}

export function totalsBySector(deals: Deal[]): DealTotal[] {
  return totalDealsBy(
    deals,
    (deal) => (deal.sectors.length > 0 ? deal.sectors.map((sector) => sector.toLowerCase()) : [noSectorLabel]),
    // The group is named as the first deal in it writes the sector.
    (key, deal) => deal.sectors.find((sector) => sector.toLowerCase() === key) ?? key,
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
