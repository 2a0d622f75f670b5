import { recordTables, type RecordOf, type RecordTable } from '@shared/model/tables';
import type { ReportRecords } from '@shared/report/reportLookups';
import type { SilkLedgerDatabase } from './database';
import { pageTable, pagesPerRequest, recordPageCount, recordsOfPage } from './recordPages';

/**
 * Every record of one table, deleted ones included, in page order. The one place that knows how
 * records are laid out in IndexedDB for reading, shared by the window's live view and the
 * workers: a few dozen reads of whole pages (recordPages.ts), however many records there are,
 * in one transaction so they agree. Only the table's own object store is read, so a live query
 * re-runs only when that table changes.
 */
export function readTable<T extends RecordTable>(db: SilkLedgerDatabase, table: T): Promise<RecordOf<T>[]> {
  const pages = pageTable(db, table);
  return db.transaction('r', pages, async () => {
    const requests: Promise<RecordOf<T>[]>[] = [];
    for (let first = 0; first < recordPageCount; first += pagesPerRequest) {
      requests.push(
        pages
          .where('page')
          .between(first, first + pagesPerRequest)
          .toArray()
          // Unpacked as each request's pages arrive, so the work is spread over their tasks.
          .then((slice) => slice.flatMap((page) => recordsOfPage<RecordOf<T>>(page))),
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
