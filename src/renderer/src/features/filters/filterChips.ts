import { describeFilter } from './describeFilter';
import { emptyFilter, type Facet, type RecordFilter } from './recordFilter';

/** What a chip stands for: a facet of the table, or a filter that only a chart or the menu sets. */
export type ChipId = Facet | 'startYear' | 'without' | 'showDeleted';

export interface FilterChip {
  id: ChipId;
  /** In the words of describeFilter, so the chip reads as the report's summary does: "Party: Huawei". */
  label: string;
  /** The facet whose editor the chip opens; absent for a filter that can only be removed. */
  editable: Facet | undefined;
}

/** The filter fields each facet sets: a range facet sets two. */
export const fieldsOfFacet: Record<Facet, (keyof RecordFilter)[]> = {
  kind: ['kind'],
  status: ['status'],
  sector: ['sector'],
  country: ['country'],
  party: ['partyId'],
  year: ['yearFrom', 'yearTo'],
  amount: ['amountMin', 'amountMax'],
  tag: ['tag'],
  author: ['author'],
  annotated: ['annotated'],
};

const fieldsOfChip: Record<ChipId, (keyof RecordFilter)[]> = {
  ...fieldsOfFacet,
  startYear: ['startYear'],
  without: ['without'],
  showDeleted: ['showDeleted'],
};

/** The name of each facet in the Add filter menu and on its editor. */
export const facetLabels: Record<Facet, string> = {
  kind: 'Kind',
  status: 'Status',
  sector: 'Sector',
  country: 'Country',
  party: 'Party',
  year: 'Year',
  amount: 'Value (USD)',
  tag: 'Tag',
  author: 'Author',
  annotated: 'Annotated',
};

function only(filter: RecordFilter, fields: (keyof RecordFilter)[]): RecordFilter {
  const part: Record<string, unknown> = { ...emptyFilter };
  for (const field of fields) part[field] = filter[field];
  return part as RecordFilter;
}

/** The filter with the fields of one chip unset. */
export function withoutChip(filter: RecordFilter, id: ChipId): RecordFilter {
  const rest: Record<string, unknown> = { ...filter };
  for (const field of fieldsOfChip[id]) rest[field] = field === 'showDeleted' ? false : undefined;
  return rest as RecordFilter;
}

/**
 * One chip per filter in force, the table's facets in their order first, then what only a chart or
 * the menu sets; the quick filter's text has its own box and no chip.
 */
export function filterChips(filter: RecordFilter, facets: readonly Facet[], nameOf: (id: string) => string): FilterChip[] {
  const ids: ChipId[] = [...facets, 'startYear', 'without', 'showDeleted'];
  return ids.flatMap((id) => {
    const label = describeFilter(only(filter, fieldsOfChip[id]), nameOf).join(', ');
    if (!label) return [];
    return [{ id, label, editable: (facets as readonly ChipId[]).includes(id) ? (id as Facet) : undefined }];
  });
}

/** The facets the Add filter menu offers: those of the table with no chip yet. */
export function unusedFacets(filter: RecordFilter, facets: readonly Facet[]): Facet[] {
  return facets.filter((facet) => fieldsOfFacet[facet].every((field) => filter[field] === undefined || filter[field] === ''));
}
