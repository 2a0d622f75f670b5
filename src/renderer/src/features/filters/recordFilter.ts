import type { RecordFilter } from '@shared/model/savedView';
import type { RecordTable } from '@shared/model/tables';
import type { AnyRow } from '@shared/model/tableRows';
import { usdAmount } from '@shared/values/money';

// Its schema is in the shared model, since saved views keep filters in the store's settings.
export type { RecordFilter };

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
  textOf: (record: AnyRow) => string;
}

function dateOf(record: AnyRow): { start: string; end: string } | null {
  if ('date' in record) return record.date;
  return null;
}

function organizationIdsOf(record: AnyRow): string[] {
  if ('parties' in record) return record.parties.map((party) => party.organizationId);
  if ('participants' in record) {
    return [
      ...record.organizerIds,
      ...record.participants.flatMap((participant) => (participant.organizationId ? [participant.organizationId] : [])),
    ];
  }
  return [];
}

function countriesOf(record: AnyRow, context: FilterContext): Array<string | null> {
  if ('country' in record) return [record.country];
  return organizationIdsOf(record).map(context.countryOf);
}

/** The quick filter's words, each of which a row's text must contain. */
function quickFilterWords(text: string): string[] {
  return text.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

type RecordTest = (record: AnyRow) => boolean;

/**
 * A test of records against one filter, for filtering many. It is put together once per filter
 * from only the parts that are set, so each record meets a few tests rather than every part's
 * check: records of one table come in many shapes (imported, edited, from the dataset), so each
 * property read is a slow, unspecialised lookup, and checking every part on each of 100,000 rows made
 * every keystroke slow. The quick filter's words are split once, and tested last, against the cached text.
 */
export function recordMatcher(filter: RecordFilter, context: FilterContext): RecordTest {
  const tests = [...testsOfFacets(filter, context), ...testsOfText(filter, context)];
  if (!filter.showDeleted) tests.unshift((record) => record.deletedAt === null);
  if (tests.length === 1) return tests[0];
  return (record) => {
    for (const test of tests) if (!test(record)) return false;
    return true;
  };
}

/** Finds rows by text faster than testing each row's text: see rowTextSearch.ts. */
export interface RowTextIndex {
  rowsContaining(words: readonly string[]): Uint8Array;
}

/**
 * The rows that pass the filter, in their order: the same as testing each with `recordMatcher`, with
 * the quick filter's words looked up in `texts`, which holds the text of each of `rows` in order.
 */
export function filterRows<T extends AnyRow>(
  rows: readonly T[],
  filter: RecordFilter,
  context: FilterContext,
  texts: RowTextIndex,
): T[] {
  const words = quickFilterWords(filter.text);
  const others = recordMatcher({ ...filter, text: '' }, context);
  if (!words.length) return rows.filter(others);
  const containing = texts.rowsContaining(words);
  return rows.filter((record, position) => containing[position] === 1 && others(record));
}

function testsOfFacets(filter: RecordFilter, context: FilterContext): RecordTest[] {
  const tests: RecordTest[] = [];
  const { kind, status, country, partyId, yearFrom, yearTo, startYear, tag, author, annotated } = filter;
  if (kind) tests.push((record) => 'kind' in record && record.kind === kind);
  if (status) tests.push((record) => 'status' in record && record.status === status);
  if (filter.sector) {
    // Sectors are totalled regardless of case ("Data centres" and "data centres"), so they filter that way too.
    const sector = filter.sector.toLowerCase();
    tests.push((record) => 'sectors' in record && record.sectors.some((candidate) => candidate.toLowerCase() === sector));
  }
  if (country) tests.push((record) => countriesOf(record, context).includes(country));
  if (partyId) tests.push((record) => organizationIdsOf(record).includes(partyId));
  if (yearFrom !== undefined || yearTo !== undefined) {
    tests.push((record) => {
      const date = dateOf(record);
      if (!date) return false;
      // A range overlaps the chosen years: "2016–2025" is in 2020.
      if (yearFrom !== undefined && Number(date.end.slice(0, 4)) < yearFrom) return false;
      return yearTo === undefined || Number(date.start.slice(0, 4)) <= yearTo;
    });
  }
  if (startYear !== undefined) tests.push((record) => dateOf(record)?.start.slice(0, 4) === String(startYear));
  if (filter.without === 'date') tests.push((record) => dateOf(record) === null);
  if (filter.without === 'sector') tests.push((record) => 'sectors' in record && record.sectors.length === 0);
  if (filter.amountMin !== undefined || filter.amountMax !== undefined) {
    const { amountMin, amountMax } = filter;
    tests.push((record) => {
      const amount = 'money' in record ? usdAmount(record.money) : null;
      if (amount === null) return false;
      return (amountMin === undefined || amount >= amountMin) && (amountMax === undefined || amount <= amountMax);
    });
  }
  if (tag) {
    tests.push((record) => ('tags' in record ? record.tags : []).includes(tag) || context.tagsOf(record.id).has(tag));
  }
  if (author) tests.push((record) => 'author' in record && record.author === author);
  if (annotated) tests.push((record) => (annotated === 'yes') === context.annotationCountOf(record.id) > 0);
  return tests;
}

function testsOfText(filter: RecordFilter, context: FilterContext): RecordTest[] {
  const words = quickFilterWords(filter.text);
  if (!words.length) return [];
  return [
    (record) => {
      const text = context.textOf(record);
      for (const word of words) if (!text.includes(word)) return false;
      return true;
    },
  ];
}

export function activeFilterCount(filter: RecordFilter): number {
  const { text: _text, showDeleted, ...facets } = filter;
  return Object.values(facets).filter((value) => value !== undefined && value !== '').length + (showDeleted ? 1 : 0);
}
