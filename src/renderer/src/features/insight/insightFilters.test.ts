import { describe, expect, it } from 'vitest';
import datasetJson from '../../../../../resources/default-dataset.json';
import { dashboardFigures } from '@shared/insight/dashboardFigures';
import { dealNetwork } from '@shared/insight/dealNetwork';
import { datasetSchema } from '@shared/model/dataset';
import type { DealTotal } from '@shared/report/dealTotals';
import { emptyFilter, recordMatcher, type FilterContext } from '../filters/recordFilter';
import { partyFilter, sectorFilter, yearFilter, type DealsFilter } from './insightFilters';

const dataset = datasetSchema.parse(datasetJson);
const organizations = new Map(dataset.organizations.map((organization) => [organization.id, organization]));
const context: FilterContext = {
  countryOf: (id) => organizations.get(id)?.country ?? null,
  tagsOf: () => new Set(),
  annotationCountOf: () => 0,
  textOf: () => '',
};
const figures = dashboardFigures(dataset);
const dealsShownBy = (filter: DealsFilter) => dataset.deals.filter(recordMatcher({ ...emptyFilter, ...filter }, context));

function expectFilterShowsTheGroup(total: DealTotal, filter: DealsFilter) {
  const shown = dealsShownBy(filter);
  expect(shown, `${total.label}`).toHaveLength(total.deals);
  expect(shown.reduce((sum, deal) => sum + (deal.money?.usd?.amount ?? 0), 0)).toBe(total.usd);
}

describe('a chart element opens the deals it stands for', () => {
  it('a year bar shows the deals counted in that year, the undated bar the deals with no date', () => {
    expect(figures.byYear.some((total) => total.key === 'Undated')).toBe(true);
    for (const total of figures.byYear) expectFilterShowsTheGroup(total, yearFilter(total));
  });

  it('a sector bar shows the deals of the sector, the no-sector bar those without one', () => {
    expect(figures.bySector.hiddenGroups).toBe(0);
    for (const total of figures.bySector.shown) expectFilterShowsTheGroup(total, sectorFilter(total));
  });

  it('a counterpart bar or a network node shows the deals of that organization', () => {
    for (const total of figures.byChineseCounterpart.shown) expectFilterShowsTheGroup(total, partyFilter(total.key));
    for (const node of dealNetwork(dataset.deals, dataset.organizations).nodes)
      expectFilterShowsTheGroup(node.total, partyFilter(node.id));
  });
});
