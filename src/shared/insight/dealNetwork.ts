import type { Deal } from '../model/deal';
import type { Organization } from '../model/organization';
import { addDeal, emptyDealTotal, totalDealsBy, type DealTotal } from '../report/dealTotals';

/** An organization with the deals it is a party to. */
export interface NetworkNode {
  id: string;
  name: string;
  country: string | null;
  total: DealTotal;
}

/** Two organizations that are parties to the same deals. */
export interface NetworkLink {
  source: string;
  target: string;
  total: DealTotal;
}

export interface DealNetwork {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** Organizations left out to keep the picture readable (the ones with the least deal value). */
  hiddenNodes: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Organizations as nodes and shared deals as links, each with the value of its deals. Only the
 * `maxNodes` organizations with the largest value (then the most deals) are kept, with the links among them.
 */
export function dealNetwork(deals: Deal[], organizations: Organization[], maxNodes = 60): DealNetwork {
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const nodeTotals = totalDealsBy(
    deals,
    (deal) => deal.parties.map((party) => party.organizationId),
    (id) => byId.get(id)?.name ?? `(unknown organization ${id})`,
  ).sort((a, b) => b.usd - a.usd || b.deals - a.deals || a.label.localeCompare(b.label));
  const kept = nodeTotals.slice(0, maxNodes);
  const keptIds = new Set(kept.map((total) => total.key));

  const links = new Map<string, NetworkLink>();
  for (const deal of deals) {
    const parties = [...new Set(deal.parties.map((party) => party.organizationId))].filter((id) => keptIds.has(id));
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const key = pairKey(parties[i], parties[j]);
        let link = links.get(key);
        if (!link) {
          const [source, target] = parties[i] < parties[j] ? [parties[i], parties[j]] : [parties[j], parties[i]];
          link = { source, target, total: emptyDealTotal(key, key) };
          links.set(key, link);
        }
        addDeal(link.total, deal);
      }
    }
  }
  return {
    nodes: kept.map((total) => ({ id: total.key, name: total.label, country: byId.get(total.key)?.country ?? null, total })),
    links: [...links.values()],
    hiddenNodes: nodeTotals.length - kept.length,
  };
}

/**
 * A size between `smallest` and `largest` whose area grows with the value, so a node of twice the
 * value looks twice as big; nodes with no value get the smallest size.
 */
export function sizeByValue(value: number, largestValue: number, smallest: number, largest: number): number {
  if (largestValue <= 0 || value <= 0) return smallest;
  return smallest + (largest - smallest) * Math.sqrt(Math.min(value, largestValue) / largestValue);
}
