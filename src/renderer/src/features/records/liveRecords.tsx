import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AnyRow, RowOf } from '@shared/model/tableRows';
import type { AnyRecord, RecordOf, RecordTable } from '@shared/model/tables';
import { readRows, readTable } from '../../db/readRecords';
import { KeptPages } from '../../db/pageRevisions';
import { useStore } from '../../db/storeContext';
import { usePaintedValue } from '../../ui/usePaintedValue';
import { RecordsById } from './recordsById';

export type LiveRecords = { [T in RecordTable]: RecordOf<T>[] };
export type LiveRows = { [T in RecordTable]: RowOf<T>[] };

/** Every record by table, and by id. */
export interface RecordIndex {
  /** Every record, including soft-deleted ones (the Trash view and history need them). */
  all: LiveRecords;
  /** Records that are not deleted, which is what views and counts show. */
  active: LiveRecords;
  byId: RecordLookup;
}

/** What the tables show: every table's records, except that the deals are their rows (tableRows.ts). */
export interface TableIndex {
  all: LiveRows;
  active: LiveRows;
  byId: RowLookup;
}

/** Any record by its id, deleted ones included. */
export interface RecordLookup {
  get(id: string): AnyRecord | undefined;
}

/** Any row by its id: the record itself, or a deal's row. */
export interface RowLookup {
  get(id: string): AnyRow | undefined;
}

function indexOf<Item extends { id: string; deletedAt: string | null }>(all: { [T in RecordTable]: Item[] }) {
  const active = Object.fromEntries(
    Object.entries(all).map(([table, items]) => [table, items.filter((item) => item.deletedAt === null)]),
  ) as { [T in RecordTable]: Item[] };
  return { all, active, byId: new RecordsById<Item>(all) };
}

/**
 * A live read, handed on as a deferred value: React then renders what depends on it (the index,
 * the table's sort, the facet options) in an interruptible render that yields between components,
 * so reloading 100,000 deals after an import is several short tasks, not one long one. Each read
 * reads only the pages written since the one before (`KeptPages`), so an edit reads one page.
 * `read` returns undefined while the read is not wanted yet.
 */
function useLiveRead<Item>(read: (kept: KeptPages) => Promise<Item[]> | undefined, deps: unknown[]): Item[] | undefined {
  // Kept for the component's life: stamps are random, so no page of another store matches one kept.
  const [kept] = useState(() => new KeptPages());
  return useDeferredValue(useLiveQuery(() => read(kept), [...deps, kept]));
}

function useTable<T extends RecordTable>(table: T, wanted = true): RecordOf<T>[] | undefined {
  const { db } = useStore();
  return useLiveRead((kept) => (wanted ? readTable(db, table, kept) : undefined), [db, table, wanted]);
}

function useRows<T extends RecordTable>(table: T): RowOf<T>[] | undefined {
  const { db } = useStore();
  return useLiveRead((kept) => readRows(db, table, kept), [db, table]);
}

function settledLater(): { promise: Promise<void>; settle: () => void } {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => (settle = resolve));
  return { promise, settle };
}

interface FullRecords {
  index: RecordIndex | undefined;
  /** Settles once `index` is there, for the components that wait for it (`useRecords`). */
  loaded: Promise<void>;
}

const TablesContext = createContext<TableIndex | undefined>(undefined);
const RecordsContext = createContext<FullRecords | undefined>(undefined);

/**
 * One live subscription per table for the whole app: every view reads from here, and Dexie re-runs
 * only the table a write touched. The window shows its tables as soon as the small tables and the
 * deals' rows are read, and reads the deals themselves once that has been painted: reading and making
 * 100,000 full deals before the first frame would be most of a start. What needs
 * whole deals (the detail pane, forms, search, charts, reports) waits for them under a Suspense
 * boundary, through `useRecords`.
 */
export function LiveRecordsProvider({ children }: { children: ReactNode }) {
  const organizations = useTable('organizations');
  const indicators = useTable('indicators');
  const observations = useTable('observations');
  const events = useTable('events');
  const sources = useTable('sources');
  const annotations = useTable('annotations');
  const dealRows = useRows('deals');

  const tables = useMemo(() => {
    const loaded = { organizations, deals: dealRows, indicators, observations, events, sources, annotations };
    if (Object.values(loaded).some((rows) => rows === undefined)) return undefined;
    return indexOf<AnyRow>(loaded as LiveRows) as TableIndex;
  }, [organizations, dealRows, indicators, observations, events, sources, annotations]);

  const deals = useTable('deals', usePaintedValue(tables !== undefined, false));
  const records = useMemo(
    () => (tables && deals ? (indexOf<AnyRecord>({ ...tables.all, deals } as LiveRecords) as RecordIndex) : undefined),
    [tables, deals],
  );
  const [loaded] = useState(settledLater);
  useEffect(() => {
    if (records) loaded.settle();
  }, [records, loaded]);
  const full = useMemo(() => ({ index: records, loaded: loaded.promise }), [records, loaded]);

  if (!tables) return <div className="opening" aria-busy="true" aria-label="Loading records" />;
  return (
    <TablesContext.Provider value={tables}>
      <RecordsContext.Provider value={full}>{children}</RecordsContext.Provider>
    </TablesContext.Provider>
  );
}

/** The tables as they show: ready first, with the deals as rows. */
export function useTableIndex(): TableIndex {
  const index = useContext(TablesContext);
  if (!index) throw new Error('useTableIndex must be used inside <LiveRecordsProvider>');
  return index;
}

/**
 * Every whole record. Until the deals are read (which begins once the tables are painted from the
 * deals' rows) this suspends: call it only under a Suspense boundary.
 */
export function useRecords(): RecordIndex {
  const full = useContext(RecordsContext);
  if (!full) throw new Error('useRecords must be used inside <LiveRecordsProvider>');
  // Thrown, not passed to `use`: React would then expect `use` in every later render of the caller.
  if (!full.index) throw full.loaded;
  return full.index;
}
