import type { Table } from 'dexie';
import type { Deal } from '@shared/model/deal';
import { dealRowOf } from '@shared/model/tableRows';
import type { AnyRecord, RecordTable } from '@shared/model/tables';
import { packDealRows } from './dealRowColumns';
import type { PackedDealRows } from './dealRowLayout';
import { unpackDealRows } from './dealRowViews';
import { stampPages, type KeptPages } from './pageRevisions';
import { putPages, recordsOfPage, storedPage, type StoredPage, type TableSource } from './pageStorage';

/**
 * The rows of a table kept as rows too (tableRows.ts) are stored in `rowPageCount` pages, each
 * holding the rows of the record pages whose number leaves its own when divided by it: row page 5
 * holds the rows of record pages 5, 37, 69 and 101, one section per record page, each packed on its
 * own. The window reads the rows first at every start, and IndexedDB pays per value, so the rows
 * are kept in a quarter as many values as the records: fewer, larger values read faster, and an edit
 * pays with a larger row page to rewrite. Writing a record page rewrites its row page's one section;
 * the other sections are stored again as they were read, without unpacking.
 */
export const rowPageCount = 32;

export interface RowPage {
  page: number;
  /** One per record page with records, in page order; each section's `page` is its record page. */
  sections: RowSection[];
}

/**
 * A section's rows as columns (dealRowColumns.ts), or packed as records are where they do not fit
 * columns and in stores written before columns. A section's stamp is new each time the section is
 * written, so a live read that finds a row page changed unpacks only its changed sections
 * (`KeptPages.recordsOfParts`).
 */
export type RowSection = (StoredPage | { page: number; dealRows: PackedDealRows }) & { stamp?: string };

/** The object store holding the rows of each table kept as rows too. */
export const rowPageStoreNames: Partial<Record<RecordTable, string>> = { deals: 'dealRowPages' };

const rowOf: Partial<Record<RecordTable, (record: AnyRecord) => object>> = {
  deals: (record) => dealRowOf(record as Deal),
};

/** A section of these rows, in columns where they fit, with a new stamp. */
export function rowSection(page: number, rows: readonly object[]): RowSection {
  const dealRows = packDealRows(rows);
  return { ...(dealRows ? { page, dealRows } : storedPage(page, rows)), stamp: crypto.randomUUID() };
}

/** The rows of each section in columns read, for as long as its object lives, as `recordsOfPage` keeps pages. */
const unpackedSections = new WeakMap<PackedDealRows, readonly object[]>();

/**
 * A section's rows, shared with every reader of the same section object. Unlike `recordsOfPage`'s,
 * the list is not frozen: freezing 100,000 rows' lists would be work at every start, and its readonly
 * type keeps our code from changing it.
 */
export function rowsOfSection(section: RowSection): readonly object[] {
  if (!('dealRows' in section)) return recordsOfPage<object>(section);
  let rows = unpackedSections.get(section.dealRows);
  if (!rows) unpackedSections.set(section.dealRows, (rows = unpackDealRows(section.dealRows)));
  return rows;
}

/** The pages of a table's rows, for a table kept as rows too. */
export function rowPageTable(source: TableSource, table: RecordTable): Table<RowPage, number> | undefined {
  const name = rowPageStoreNames[table];
  return name === undefined ? undefined : (source.table(name) as Table<RowPage, number>);
}

/** A row page's rows, section by section; with `kept`, sections that reader unpacked before are not unpacked again. */
export function rowsOfRowPage(stored: RowPage | undefined, kept?: KeptPages): readonly object[] {
  if (!stored) return [];
  if (kept) return kept.recordsOfParts(stored.page, stored.sections, rowsOfSection);
  return stored.sections.flatMap(rowsOfSection);
}

/**
 * Stores the rows of these record pages, replacing their sections in their row pages, in the
 * caller's transaction; for a table not kept as rows, nothing.
 */
export async function putRowPages(
  source: TableSource,
  table: RecordTable,
  pages: ReadonlyArray<{ page: number; records: readonly AnyRecord[] }>,
): Promise<void> {
  const rows = rowPageTable(source, table);
  const row = rowOf[table];
  if (!rows || !row || !pages.length) return;
  const numbers = [...new Set(pages.map(({ page }) => page % rowPageCount))];
  const stored = await rows.bulkGet(numbers);
  const sections = new Map(
    numbers.map((number, index) => [number, new Map(stored[index]?.sections.map((section) => [section.page, section]))]),
  );
  for (const { page, records } of pages) {
    sections.get(page % rowPageCount)!.set(page, rowSection(page, records.map(row)));
  }
  await putPages(
    rows,
    numbers.map((number) => ({
      page: number,
      sections: [...sections.get(number)!.values()].sort((a, b) => a.page - b.page),
    })),
  );
  await stampPages(source, rows.name, numbers);
}
