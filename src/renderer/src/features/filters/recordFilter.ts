import type { AnyRecord, RecordTable } from '@shared/model/tables';
import { usdAmount } from '@shared/values/money';

/** What the filter bar can narrow a table by; unset fields do not filter. */
export interface RecordFilter {
  text: string;
  kind?: string;
  status?: string;
  sector?: string;
  country?: string;
  partyId?: string;
  yearFrom?: number;
  yearTo?: number;
  /** Dated to start in this year: how the dashboard counts a deal dated as a range ("2016–2025" is 2016). */
  startYear?: number;
  /** Records that have no date, or no sector. */
  without?: 'date' | 'sector';
  /** In US dollars. */
  amountMin?: number;
  amountMax?: number;
  tag?: string;
  author?: string;
  annotated?: 'yes' | 'no';
  showDeleted: boolean;
}

export const emptyFilter: RecordFilter = { text: '', showDeleted: false };

export type Facet = 'kind' | 'status' | 'sector' | 'country' | 'party' | 'year' | 'amount' | 'tag' | 'author' | 'annotated';

/** The facets that make sense for each table. */
export const facetsByTable: Record<Exclude<RecordTable, 'observations'>, Facet[]> = {
  deals: ['kind', 'status', 'sector', 'country', 'party', 'year', 'amount', 'tag', 'annotated'],
  organizations: ['kind', 'country', 'tag', 'annotated'],
  indicators: ['country', 'tag', 'annotated'],
  events: ['country', 'party', 'year', 'tag', 'annotated'],
  sources: ['kind', 'year', 'tag', 'annotated'],
  annotations: ['tag', 'author'],
};

/** Facts about other tables that filtering needs: countries of organizations, annotations per record. */
export interface FilterContext {
  countryOf: (organizationId: string) => string | null;
  tagsOf: (recordId: string) => ReadonlySet<string>;
  annotationCountOf: (recordId: string) => number;
  /** Lower-cased text of a row as its table shows it, for the quick filter. */
  textOf: (record: AnyRecord) => string;
}

function dateOf(record: AnyRecord): { start: string; end: string } | null {
  if ('date' in record) return record.date;
  return null;
}

function organizationIdsOf(record: AnyRecord): string[] {
  if ('parties' in record) return record.parties.map((party) => party.organizationId);
  if ('participants' in record) {
    return [
      ...record.organizerIds,
      ...record.participants.flatMap((participant) => (participant.organizationId ? [participant.organizationId] : [])),
    ];
  }
  return [];
}

function countriesOf(record: AnyRecord, context: FilterContext): Array<string | null> {
  if ('country' in record) return [record.country];
  return organizationIdsOf(record).map(context.countryOf);
}

/** The quick filter's words, each of which a row's text must contain. */
function quickFilterWords(text: string): string[] {
  return text.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when the record passes every set part of the filter. */
export function matchesFilter(record: AnyRecord, filter: RecordFilter, context: FilterContext): boolean {
  return recordMatcher(filter, context)(record);
}

/**
 * A test of records against one filter, for filtering many: the quick filter's words are split once,
 * not once per record (100,000 times per keystroke in a large table).
 */
export function recordMatcher(filter: RecordFilter, context: FilterContext): (record: AnyRecord) => boolean {
  const words = quickFilterWords(filter.text);
  return (record) => passes(record, filter, context, words);
}

function passes(record: AnyRecord, filter: RecordFilter, context: FilterContext, words: string[]): boolean {
  if (!filter.showDeleted && record.deletedAt !== null) return false;
  if (filter.kind && (!('kind' in record) || record.kind !== filter.kind)) return false;
  if (filter.status && (!('status' in record) || record.status !== filter.status)) return false;
  if (filter.sector) {
    // Sectors are totalled regardless of case ("Data centres" and "data centres"), so they filter that way too.
    const sector = filter.sector.toLowerCase();
    if (!('sectors' in record) || !record.sectors.some((candidate) => candidate.toLowerCase() === sector)) return false;
  }
  if (filter.country && !countriesOf(record, context).includes(filter.country)) return false;
  if (filter.partyId && !organizationIdsOf(record).includes(filter.partyId)) return false;
  if (filter.yearFrom !== undefined || filter.yearTo !== undefined) {
    const date = dateOf(record);
    if (!date) return false;
    // A range overlaps the chosen years: "2016–2025" is in 2020.
    if (filter.yearFrom !== undefined && Number(date.end.slice(0, 4)) < filter.yearFrom) return false;
    if (filter.yearTo !== undefined && Number(date.start.slice(0, 4)) > filter.yearTo) return false;
  }
  if (filter.startYear !== undefined && dateOf(record)?.start.slice(0, 4) !== String(filter.startYear)) return false;
  if (filter.without === 'date' && dateOf(record) !== null) return false;
  if (filter.without === 'sector' && (!('sectors' in record) || record.sectors.length > 0)) return false;
  if (filter.amountMin !== undefined || filter.amountMax !== undefined) {
    const amount = 'money' in record ? usdAmount(record.money) : null;
    if (amount === null) return false;
    if (filter.amountMin !== undefined && amount < filter.amountMin) return false;
    if (filter.amountMax !== undefined && amount > filter.amountMax) return false;
  }
  if (filter.tag) {
    const ownTags = 'tags' in record ? record.tags : [];
    if (!ownTags.includes(filter.tag) && !context.tagsOf(record.id).has(filter.tag)) return false;
  }
  if (filter.author && (!('author' in record) || record.author !== filter.author)) return false;
  if (filter.annotated) {
    const annotated = context.annotationCountOf(record.id) > 0;
    if ((filter.annotated === 'yes') !== annotated) return false;
  }
  if (words.length) {
    const text = context.textOf(record);
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

export function activeFilterCount(filter: RecordFilter): number {
  const { text: _text, showDeleted, ...facets } = filter;
  return Object.values(facets).filter((value) => value !== undefined && value !== '').length + (showDeleted ? 1 : 0);
}
