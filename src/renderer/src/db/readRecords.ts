import type { RecordOf, RecordTable } from '@shared/model/tables';
import type { SilkLedgerDatabase } from './database';
import { pageTable } from './recordPages';

/**
 * Every record of one table, deleted ones included, in page order. The one place that knows how
 * records are laid out in IndexedDB for reading, shared by the window's live view and the import
 * worker: a handful of reads of whole pages (recordPages.ts), however many records there are.
 * Only the table's own object store is read, so a live query re-runs only when that table changes.
 */
export async function readTable<T extends RecordTable>(db: SilkLedgerDatabase, table: T): Promise<RecordOf<T>[]> {
  const pages = await pageTable(db, table).toArray();
  return pages.flatMap((page) => page.records);
}
