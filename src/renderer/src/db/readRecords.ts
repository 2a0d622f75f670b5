import type { Table } from 'dexie';
import type { RowOf } from '@shared/model/tableRows';
import { recordTables, type RecordOf, type RecordTable } from '@shared/model/tables';
import type { ReportRecords } from '@shared/report/reportLookups';
import type { SilkLedgerDatabase } from './database';
import { revisionTable, type KeptPages } from './pageRevisions';
import { pagesPerRequest, recordsOfPage, type StoredPage } from './pageStorage';
import { pageTable } from './recordPages';
import { rowPageTable, rowsOfRowPage, type RowPage } from './rowPages';

/**
 * Every record of one table, deleted ones included, in page order. The one place that knows how
 * records are laid out in IndexedDB for reading, shared by the window's live view and the
 * workers: the numbers of the pages that exist, then a few pages per request (recordPages.ts), in
 * one transaction so they agree. Asking only for pages that exist spares a table of a few records
 * dozens of empty requests: asking every table for every page made hundreds of requests at each
 * start, and Dexie's bookkeeping for each is work on the window's thread. Only the table's own
 * object stores are read, so a live query re-runs only when that table changes. The window's live
 * reads pass the pages they read last time (`KeptPages`), and read again only those written since.
 */
export function readTable<T extends RecordTable>(db: SilkLedgerDatabase, table: T, kept?: KeptPages): Promise<RecordOf<T>[]> {
  return readPages<RecordOf<T>, StoredPage>(db, pageTable(db, table), (stored) => recordsOfPage(stored), kept);
}

/**
 * The rows of a table kept as rows too (tableRows.ts), deleted ones included, in the order of their
 * row pages (rowPages.ts): what the window shows the table from before it has every record.
 */
export function readRows<T extends RecordTable>(db: SilkLedgerDatabase, table: T, kept?: KeptPages): Promise<RowOf<T>[]> {
  const rows = rowPageTable(db, table);
  return rows ? readPages<RowOf<T>, RowPage>(db, rows, rowsOfRowPage, kept) : (readTable(db, table, kept) as Promise<RowOf<T>[]>);
}

/** How the stored values of one page store become records or rows; `kept` lets it reuse parts of a page. */
type Unpack<Stored> = (stored: Stored | undefined, kept?: KeptPages) => readonly object[];

function readPages<Item, Stored extends { page: number }>(
  db: SilkLedgerDatabase,
  pages: Table<Stored, number>,
  unpack: Unpack<Stored>,
  kept?: KeptPages,
): Promise<Item[]> {
  // Without pages kept, the stamps are not read: readers inside a larger transaction need not include them.
  if (!kept) return db.transaction('r', pages, () => readAllPages<Item, Stored>(pages, unpack));
  const revisions = revisionTable(db);
  return db.transaction('r', [pages, revisions], async () => {
    const [stored, stamped] = await Promise.all([pages.toCollection().primaryKeys(), revisions.get(pages.name)]);
    const stamps = stamped?.stamps ?? {};
    const toRead = kept.toRead(stored, stamps);
    const requests: Promise<void>[] = [];
    for (let first = 0; first < toRead.length; first += pagesPerRequest) {
      const numbers = toRead.slice(first, first + pagesPerRequest);
      requests.push(
        pages
          .bulkGet(numbers)
          // Unpacked as each request's pages arrive, so the work is spread over their tasks.
          .then((slice) => slice.forEach((page, at) => kept.keep(numbers[at], stamps[numbers[at]], unpack(page, kept)))),
      );
    }
    await Promise.all(requests);
    return kept.recordsOf<Item>(stored);
  });
}

async function readAllPages<Item, Stored extends { page: number }>(
  pages: Table<Stored, number>,
  unpack: Unpack<Stored>,
): Promise<Item[]> {
  const numbers = await pages.toCollection().primaryKeys();
  const requests: Promise<Item[]>[] = [];
  for (let first = 0; first < numbers.length; first += pagesPerRequest) {
    const last = numbers[Math.min(first + pagesPerRequest, numbers.length) - 1];
    requests.push(
      pages
        .where('page')
        .between(numbers[first], last, true, true)
        .toArray()
        .then((slice) => slice.flatMap((page) => unpack(page) as readonly Item[])),
    );
  }
  return (await Promise.all(requests)).flat();
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
