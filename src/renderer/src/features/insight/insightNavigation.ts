import type { DealsFilter } from './insightFilters';

/** Where a click on an insight screen leads: the deals table filtered, or one record opened. */
export interface InsightNavigation {
  onShowDeals: (filter: DealsFilter) => void;
  onOpenRecord: (table: 'deals' | 'events' | 'organizations' | 'indicators', id: string) => void;
}
