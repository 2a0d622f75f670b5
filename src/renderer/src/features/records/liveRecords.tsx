import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { RecordOf, RecordTable } from '@shared/model/tables';
import { recordTables } from '@shared/model/tables';
import { readTable } from '../../db/readRecords';
import { ReusedPages } from '../../db/recordPages';
import { useStore } from '../../db/storeContext';

export type LiveRecords = { [T in RecordTable]: RecordOf<T>[] };

export interface RecordIndex {
  /** Every record, including soft-deleted ones (the Trash view and history need them). */
  all: LiveRecords;
  /** Records that are not deleted, which is what views and counts show. */
  active: LiveRecords;
  byId: RecordLookup;
}

/** Any record by its id, deleted ones included. */
export interface RecordLookup {
  get(id: string): RecordOf<RecordTable> | undefined;
}

/** Lookups in one table answered by scanning it before a map of it is made. */
const scansBeforeMap = 16;

/**
 * Finds records by id, the smallest tables asked first, each table scanned for its first few
 * lookups and given a map after. A lookup of an organization, as every party name is, then never
 * touches the 100,000 deals; and the few lookups of a deal after an edit (the record in the detail
 * pane) scan it in about a millisecond, where making its map cost 50–190 ms each time the deals
 * changed.
 */
export class RecordsById implements RecordLookup {
  private readonly tables: Array<{
    records: readonly RecordOf<RecordTable>[];
    lookups: number;
    byId?: Map<string, RecordOf<RecordTable>>;
  }>;

  constructor(all: LiveRecords) {
    this.tables = recordTables
      .map((table) => ({ records: all[table] as readonly RecordOf<RecordTable>[], lookups: 0 }))
      .sort((a, b) => a.records.length - b.records.length);
  }

  get(id: string): RecordOf<RecordTable> | undefined {
    for (const table of this.tables) {
      if (!table.byId && ++table.lookups > scansBeforeMap) {
        table.byId = new Map(table.records.map((record) => [record.id, record]));
      }
      const record = table.byId ? table.byId.get(id) : table.records.find((candidate) => candidate.id === id);
      if (record) return record;
    }
    return undefined;
  }
}

const RecordsContext = createContext<RecordIndex | undefined>(undefined);

/**
 * A table's records, handed on as a deferred value: React then renders what depends on them (the
 * index below, the table's sort, the facet options) in an interruptible render that yields between
 * components, so reloading 100,000 deals after an import is several short tasks, not one long one.
 * Pages unchanged since the last read keep their records (`ReusedPages`), so an edit unpacks one page.
 */
function useTable<T extends RecordTable>(table: T): RecordOf<T>[] | undefined {
  const { db } = useStore();
  // Kept for the component's life: a page is reused only when its content is equal, whatever store it came from.
  const [reused] = useState(() => new ReusedPages());
  return useDeferredValue(useLiveQuery(() => readTable(db, table, reused.recordsOf), [db, table, reused]));
}

/**
 * One live subscription per table for the whole app: every view reads from here, and Dexie
 * re-runs only the table a write touched.
 */
export function LiveRecordsProvider({ children }: { children: ReactNode }) {
  const organizations = useTable('organizations');
  const deals = useTable('deals');
  const indicators = useTable('indicators');
  const observations = useTable('observations');
  const events = useTable('events');
  const sources = useTable('sources');
  const annotations = useTable('annotations');

  const index = useMemo(() => {
    const loaded = { organizations, deals, indicators, observations, events, sources, annotations };
    if (Object.values(loaded).some((rows) => rows === undefined)) return undefined;
    const all = loaded as LiveRecords;
    const active = Object.fromEntries(
      recordTables.map((table) => [
        table,
        (all[table] as Array<{ deletedAt: string | null }>).filter((record) => record.deletedAt === null),
      ]),
    ) as LiveRecords;
    return { all, active, byId: new RecordsById(all) };
  }, [organizations, deals, indicators, observations, events, sources, annotations]);

  if (!index) return <div className="opening" aria-busy="true" aria-label="Loading records" />;
  return <RecordsContext.Provider value={index}>{children}</RecordsContext.Provider>;
}

export function useRecords(): RecordIndex {
  const index = useContext(RecordsContext);
  if (!index) throw new Error('useRecords must be used inside <LiveRecordsProvider>');
  return index;
}
