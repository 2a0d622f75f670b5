import { recordTables, type RecordOf, type RecordTable } from '@shared/model/tables';
import type { ReportRecords } from '@shared/report/reportLookups';
import type { SilkLedgerDatabase } from './database';

/**
 * Every record of one table, deleted ones included. The one place that knows how records are laid
 * out in IndexedDB for reading, shared by the window's live view and the workers.
 */
export function readTable<T extends RecordTable>(db: SilkLedgerDatabase, table: T): Promise<RecordOf<T>[]> {
  return db.table(table).toArray() as Promise<RecordOf<T>[]>;
}

/** The records that are not deleted, table by table, read in one transaction: what imports and reports work from. */
export function readActiveRecords(db: SilkLedgerDatabase): Promise<ReportRecords> {
  return db.transaction('r', [...recordTables], async () => {
    const tables = await Promise.all(
      recordTables.map(async (table) => (await readTable(db, table)).filter((record) => record.deletedAt === null)),
    );
    return Object.fromEntries(recordTables.map((table, index) => [table, tables[index]])) as ReportRecords;
  });
}
