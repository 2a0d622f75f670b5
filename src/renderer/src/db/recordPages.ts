import type { Table } from 'dexie';
import type { AnyRecord, RecordOf, RecordTable } from '@shared/model/tables';
import { revisionTable, stampPages } from './pageRevisions';
import { putPages, recordsOfPage, storedPage, type StoredPage, type TableSource } from './pageStorage';
import { putRowPages, rowPageTable } from './rowPages';

/**
 * Records are stored in pages: IndexedDB pays per stored value, so reading 100,000 deals as
 * 100,000 values is many times slower than reading a few hundred values of many records each. A
 * record's page follows from its id alone (a hash modulo `recordPageCount`), so a record is found
 * and rewritten without an index, and one edit rewrites only its page.
 *
 * The page count is part of the store's layout: changing it needs a schema version whose upgrade
 * moves every record to its new page (schemaVersions.ts). 128 pages: at 100,000 deals each page is
 * then about 200 KB, over the 64 KB above which Chromium keeps a value as a blob file beside its
 * database, and it reads values kept so much faster than those kept inside the database. Writing
 * such a page costs more than writing a small one (the blob file is written too), which an edit can
 * afford and a start, which reads every page, could not.
 */
export const recordPageCount = 128;

/** The object store holding each table's pages. */
export const pageStoreNames: Record<RecordTable, string> = {
  organizations: 'organizationPages',
  deals: 'dealPages',
  indicators: 'indicatorPages',
  observations: 'observationPages',
  events: 'eventPages',
  sources: 'sourcePages',
  annotations: 'annotationPages',
};

/**
 * The page of an id among `pageCount`: FNV-1a over the id's UTF-16 code units, stable across
 * releases and engines, and spreading UUIDs evenly.
 */
export function pageOf(id: string, pageCount = recordPageCount): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % pageCount;
}

export function pageTable(source: TableSource, table: RecordTable): Table<StoredPage, number> {
  return source.table(pageStoreNames[table]) as Table<StoredPage, number>;
}

/**
 * Every object store a transaction that writes records of `tables` must include: their pages, their
 * rows' pages, and the stamps of the pages (pageRevisions.ts).
 */
export function recordStoreTables(source: TableSource, tables: readonly RecordTable[]): Table[] {
  const stores: Table[] = [];
  for (const table of tables) {
    stores.push(pageTable(source, table));
    const rows = rowPageTable(source, table);
    if (rows) stores.push(rows);
  }
  return [...stores, revisionTable(source)];
}

/**
 * Whether `writeRecords` also writes the rows' pages and stamps what it wrote: not in the upgrades
 * made before rows and stamps were kept.
 */
export type RowPages = 'with-rows' | 'without-rows';

/**
 * Stores whole pages of a table's records and, for a table kept as rows too, the pages of their
 * rows, in the caller's transaction: the two never disagree.
 */
export async function putRecordPages(
  source: TableSource,
  table: RecordTable,
  pages: ReadonlyArray<{ page: number; records: readonly AnyRecord[] }>,
  rowPages: RowPages = 'with-rows',
): Promise<void> {
  const numbers = pages.map(({ page }) => page);
  const recordPages = pageTable(source, table);
  await putPages(
    recordPages,
    pages.map(({ page, records }) => storedPage(page, records)),
  );
  if (rowPages === 'without-rows') return;
  // The upgrades written before stamps were kept do not stamp; the one that added them stamps every page.
  await stampPages(source, recordPages.name, numbers);
  await putRowPages(source, table, pages);
}

/** Groups items by the page of the id each carries, e.g. records by their own id, history by the record's. */
export function groupByPage<T>(items: readonly T[], idOf: (item: T) => string, pageCount = recordPageCount): Map<number, T[]> {
  const pages = new Map<number, T[]>();
  for (const item of items) {
    const page = pageOf(idOf(item), pageCount);
    const members = pages.get(page);
    if (members) members.push(item);
    else pages.set(page, [item]);
  }
  return pages;
}

/** Several records by id, in one read of the pages they are on; missing ids are left out. */
export async function getRecords<T extends RecordTable>(
  source: TableSource,
  table: T,
  ids: readonly string[],
): Promise<Map<string, RecordOf<T>>> {
  const wanted = new Set(ids);
  const numbers = [...groupByPage(ids, (id) => id).keys()];
  const pages = await pageTable(source, table).bulkGet(numbers);
  const found = new Map<string, RecordOf<T>>();
  for (const page of pages)
    for (const record of recordsOfPage<RecordOf<T>>(page)) if (wanted.has(record.id)) found.set(record.id, record);
  return found;
}

/**
 * Writes records into their pages, rewriting each touched page once. With 'add', a record whose
 * id a page already holds is refused (as IndexedDB's add would), which rolls back the caller's
 * transaction; with 'put' it is replaced. Runs inside the caller's transaction.
 */
export async function writeRecords<T extends RecordTable>(
  source: TableSource,
  table: T,
  records: readonly RecordOf<T>[],
  mode: 'add' | 'put',
  rowPages: RowPages = 'with-rows',
): Promise<void> {
  if (!records.length) return;
  const grouped = groupByPage(records, (record) => record.id);
  const numbers = [...grouped.keys()];
  const stored = await pageTable(source, table).bulkGet(numbers);
  const rewritten = numbers.map((page, index) => {
    const byId = new Map(recordsOfPage(stored[index]).map((record) => [record.id, record] as const));
    for (const record of grouped.get(page)!) {
      if (mode === 'add' && byId.has(record.id))
        throw new Error(`Could not add the record ${record.id} to ${table}: a record with that id is already stored`);
      byId.set(record.id, record);
    }
    return { page, records: [...byId.values()] };
  });
  await putRecordPages(source, table, rewritten, rowPages);
}

/**
 * The pages one transaction reads and changes, kept in memory until `flush` writes each changed
 * page once. A bulk delete, or the undo of an import, changes thousands of records on a few
 * hundred pages; rewriting a page per record would cost a page's worth of cloning per record.
 * Reads see the transaction's own changes, as reads inside an IndexedDB transaction do.
 */
export class PageBuffer {
  private readonly loaded = new Map<RecordTable, Map<number, Promise<Map<string, AnyRecord>>>>();
  private readonly changed = new Map<RecordTable, Set<number>>();

  constructor(private readonly source: TableSource) {}

  private page(table: RecordTable, id: string): Promise<Map<string, AnyRecord>> {
    const number = pageOf(id);
    let pages = this.loaded.get(table);
    if (!pages) this.loaded.set(table, (pages = new Map()));
    let page = pages.get(number);
    if (!page) {
      page = pageTable(this.source, table)
        .get(number)
        .then((stored) => new Map(recordsOfPage(stored).map((record) => [record.id, record] as const)));
      pages.set(number, page);
    }
    return page;
  }

  async get<T extends RecordTable>(table: T, id: string): Promise<RecordOf<T> | undefined> {
    return (await this.page(table, id)).get(id) as RecordOf<T> | undefined;
  }

  /** Stores the record in its page, replacing the one with its id; written by `flush`. */
  async put<T extends RecordTable>(table: T, record: RecordOf<T>): Promise<void> {
    (await this.page(table, record.id)).set(record.id, record);
    let pages = this.changed.get(table);
    if (!pages) this.changed.set(table, (pages = new Set()));
    pages.add(pageOf(record.id));
  }

  /** Writes every changed page once; call it last in the transaction. */
  async flush(): Promise<void> {
    for (const [table, numbers] of this.changed) {
      const pages = await Promise.all(
        [...numbers].map(async (page) => ({ page, records: [...(await this.loaded.get(table)!.get(page)!).values()] })),
      );
      await putRecordPages(this.source, table, pages);
    }
    this.changed.clear();
  }
}
