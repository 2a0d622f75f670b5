import type { Table } from 'dexie';
import type { AnyRecord, RecordOf, RecordTable } from '@shared/model/tables';
import { packRecords, samePackedRecords, unpackRecords, type PackedRecords } from './packedRecords';

/**
 * Records are stored in pages: IndexedDB pays per stored value, so reading 100,000 deals as
 * 100,000 values takes seconds where a few hundred values of many records take a fraction. A
 * record's page follows from its id alone (a hash modulo `recordPageCount`), so a record is found
 * and rewritten without an index, and one edit rewrites only its page.
 *
 * The page count is part of the store's layout: changing it needs a schema version whose upgrade
 * moves every record to its new page (schemaVersions.ts). 128 pages, measured in Chromium with
 * 100,000 deals: each page is then about 200 KB, over the 64 KB above which Chromium keeps a value
 * as a blob file beside its database, and values kept so are read about three times as fast as
 * those kept inside it (the deals' 25 MB in 0.4 s instead of 1.5 s at 512 pages of 50 KB). Writing
 * such a page costs about 100 ms where a small one cost 10 ms, which an edit can afford and
 * startup could not (docs/performance.md, round seven).
 */
export const recordPageCount = 128;

/**
 * A page as stored: its records packed (packedRecords.ts), or as they are where they cannot be packed
 * exactly, and in stores written before pages were packed. Readers take both, so no upgrade is needed:
 * a page is packed the next time it is written.
 */
export type StoredPage = { page: number; packed: PackedRecords } | { page: number; records: AnyRecord[] };

export function storedPage(page: number, records: AnyRecord[]): StoredPage {
  const packed = packRecords(records);
  return packed ? { page, packed } : { page, records };
}

/**
 * The records of each packed page read, for as long as the page object lives, so readers handed the
 * same page object (Dexie's cache, within one read) unpack it once. A read after a change gets new
 * page objects for every page; `ReusedPages` keeps the unchanged pages' records across such reads.
 */
const unpackedPages = new WeakMap<PackedRecords, readonly AnyRecord[]>();

/** A page's records; the list is shared with every reader of the same page object, so it is frozen. */
export function recordsOfPage<T extends AnyRecord = AnyRecord>(stored: StoredPage | undefined): readonly T[] {
  if (!stored) return [];
  if (!('packed' in stored)) return stored.records as T[];
  let records = unpackedPages.get(stored.packed);
  if (!records) unpackedPages.set(stored.packed, (records = Object.freeze(unpackRecords<AnyRecord>(stored.packed))));
  return records as readonly T[];
}

/**
 * The records of each page of one table as last read, kept across reads. IndexedDB hands back new
 * page objects every time, so after an edit the window's live query got every page anew and
 * unpacked all 100,000 deals again (600 ms with the garbage it made) to change one. A page whose
 * packed content is unchanged keeps its records, the same objects as before, which also keeps
 * what is cached per record (the quick filter's texts) valid.
 */
export class ReusedPages {
  private readonly byPage = new Map<number, { packed: PackedRecords; records: readonly AnyRecord[] }>();

  readonly recordsOf = <T extends AnyRecord>(stored: StoredPage | undefined): readonly T[] => {
    if (!stored || !('packed' in stored)) return recordsOfPage<T>(stored);
    const kept = this.byPage.get(stored.page);
    if (kept && (kept.packed === stored.packed || samePackedRecords(kept.packed, stored.packed))) {
      return kept.records as readonly T[];
    }
    const records = recordsOfPage<T>(stored);
    this.byPage.set(stored.page, { packed: stored.packed, records });
    return records;
  };
}

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

/** Both a database and a transaction (inside a schema upgrade) hand out tables by name. */
export interface TableSource {
  table(name: string): Table;
}

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

/**
 * Pages handed to or asked of IndexedDB per request. Each request's values are cloned on the
 * calling thread in one task, so a few pages at a time let the thread take turns while the
 * transaction stays open. Measured at 100,000 deals in pages of about 50 KB: a read of 8 pages was
 * a task of under 100 ms, 16 made tasks of up to 200 ms, and one request for every page a task of
 * seconds. Pages are about four times that size since there are 128 of them, hence 2.
 */
export const pagesPerRequest = 2;

export async function putPages<T, Key>(pages: Table<T, Key>, values: readonly T[]): Promise<void> {
  for (let start = 0; start < values.length; start += pagesPerRequest)
    await pages.bulkPut(values.slice(start, start + pagesPerRequest));
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
): Promise<void> {
  if (!records.length) return;
  const pages = pageTable(source, table);
  const grouped = groupByPage(records, (record) => record.id);
  const numbers = [...grouped.keys()];
  const stored = await pages.bulkGet(numbers);
  const rewritten = numbers.map((page, index) => {
    const byId = new Map(recordsOfPage(stored[index]).map((record) => [record.id, record] as const));
    for (const record of grouped.get(page)!) {
      if (mode === 'add' && byId.has(record.id))
        throw new Error(`Could not add the record ${record.id} to ${table}: a record with that id is already stored`);
      byId.set(record.id, record);
    }
    return storedPage(page, [...byId.values()]);
  });
  await putPages(pages, rewritten);
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
        [...numbers].map(async (page) => storedPage(page, [...(await this.loaded.get(table)!.get(page)!).values()])),
      );
      await putPages(pageTable(this.source, table), pages);
    }
    this.changed.clear();
  }
}
