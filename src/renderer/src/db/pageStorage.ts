import type { Table } from 'dexie';
import type { AnyRecord } from '@shared/model/tables';
import { packRecords, unpackRecords, type PackedRecords } from './packedRecords';

// How pages of records (recordPages.ts) and of rows (rowPages.ts) are stored and read back.

/**
 * A page as stored: its records packed (packedRecords.ts), or as they are where they cannot be packed
 * exactly, and in stores written before pages were packed. Readers take both, so no upgrade is needed:
 * a page is packed the next time it is written.
 */
export type StoredPage = { page: number; packed: PackedRecords } | { page: number; records: readonly object[] };

export function storedPage(page: number, records: readonly object[]): StoredPage {
  const packed = packRecords(records);
  return packed ? { page, packed } : { page, records };
}

/**
 * The records of each packed page read, for as long as the page object lives, so readers handed the
 * same page object (Dexie's cache, within one read) unpack it once.
 */
const unpackedPages = new WeakMap<PackedRecords, readonly object[]>();

/** A page's records; the list is shared with every reader of the same page object, so it is frozen. */
export function recordsOfPage<T extends object = AnyRecord>(stored: StoredPage | undefined): readonly T[] {
  if (!stored) return [];
  if (!('packed' in stored)) return stored.records as T[];
  let records = unpackedPages.get(stored.packed);
  if (!records) unpackedPages.set(stored.packed, (records = Object.freeze(unpackRecords<object>(stored.packed))));
  return records as readonly T[];
}

/** Both a database and a transaction (inside a schema upgrade) hand out tables by name. */
export interface TableSource {
  table(name: string): Table;
}

/**
 * Pages handed to or asked of IndexedDB per request. Each request's values are cloned on the
 * calling thread in one task, so a few pages at a time let the thread take turns while the
 * transaction stays open; one request for every page would be one task as long as the whole read.
 * The count follows the pages' size: at 100,000 deals each of the 128 pages holds about 200 KB, so
 * two per request keep each request's task short.
 */
export const pagesPerRequest = 2;

export async function putPages<T, Key>(pages: Table<T, Key>, values: readonly T[]): Promise<void> {
  for (let start = 0; start < values.length; start += pagesPerRequest)
    await pages.bulkPut(values.slice(start, start + pagesPerRequest));
}
