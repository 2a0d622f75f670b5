import { recordTables, type AnyRecord, type RecordOf, type RecordTable } from '@shared/model/tables';
import type { ReportRecords } from '@shared/report/reportLookups';
import type { SilkLedgerDatabase } from './database';
import { pageTable, pagesPerRequest, recordsOfPage, type StoredPage } from './recordPages';

/**
 * Every record of one table, deleted ones included, in page order. The one place that knows how
 * records are laid out in IndexedDB for reading, shared by the window's live view and the
 * workers: the numbers of the pages that exist, then a few pages per request (recordPages.ts), in
 * one transaction so they agree. Asking only for pages that exist spares a table of a few records
 * dozens of empty requests: with every table asked for every page, the window made 448 requests
 * at start, and Dexie's bookkeeping for them was 200 ms of a cold start. Only the table's own
 * object store is read, so a live query re-runs only when that table changes. `recordsOf` unpacks
 * each page; the window passes one that keeps the records of pages unchanged since its last read
 * (`ReusedPages`).
 */
export function readTable<T extends RecordTable>(
  db: SilkLedgerDatabase,
  table: T,
  recordsOf: (stored: StoredPage | undefined) => readonly AnyRecord[] = recordsOfPage,
): Promise<RecordOf<T>[]> {
  const pages = pageTable(db, table);
  return db.transaction('r', pages, async () => {
    const numbers = await pages.toCollection().primaryKeys();
    const requests: Promise<RecordOf<T>[]>[] = [];
    for (let first = 0; first < numbers.length; first += pagesPerRequest) {
      const last = numbers[Math.min(first + pagesPerRequest, numbers.length) - 1];
      requests.push(
        pages
          .where('page')
          .between(numbers[first], last, true, true)
          .toArray()
          // Unpacked as each request's pages arrive, so the work is spread over their tasks.
          .then((slice) => slice.flatMap((page) => recordsOf(page) as readonly RecordOf<T>[])),
      );
    }
    return (await Promise.all(requests)).flat();
  });
}

/** The records that are not deleted, table by table, read in one transaction: what imports and reports work from. */
export function readActiveRecords(db: SilkLedgerDatabase): Promise<ReportRecords> {
  return db.transaction(
    'r',
    recordTables.map((table) => pageTable(db, table)),
    async () => {
      const tables = await Promise.all(
        recordTables.map(async (table) => (await readTable(db, table)).filter((record) => record.deletedAt === null)),
      );
      return Object.fromEntries(recordTables.map((table, index) => [table, tables[index]])) as ReportRecords;
    },
  );
}
