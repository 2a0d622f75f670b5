import type { DealTotal } from '@shared/report/dealTotals';
import { noSectorLabel, undatedLabel } from '@shared/report/dealTotals';
import type { RecordFilter } from '../filters/recordFilter';

/** The filter on the deals table that shows a chart group's deals. */
export type DealsFilter = Partial<RecordFilter>;

/** A year bar: deals dated to start that year, as the chart counts them; the undated bar: deals with no date. */
export function yearFilter(total: DealTotal): DealsFilter {
  return total.key === undatedLabel ? { without: 'date' } : { startYear: Number(total.key) };
}

export function sectorFilter(total: DealTotal): DealsFilter {
  return total.key === noSectorLabel ? { without: 'sector' } : { sector: total.label };
}

/** A counterpart's bar or an organization's node: the deals it is a party to. */
export function partyFilter(organizationId: string): DealsFilter {
  return { partyId: organizationId };
}
