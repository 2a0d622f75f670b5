import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordTable } from '@shared/model/tables';
import type { SilkLedgerDatabase } from '../../db/database';
import { useStore } from '../../db/storeContext';
import type { TableViewState } from '../../ui/DataTable';
import type { RecordFilter } from '../filters/recordFilter';

/** A named table layout with its filters; kept in the store so it travels with backups. */
export interface SavedView {
  name: string;
  filter: RecordFilter;
  view: TableViewState;
}

const metaKey = (table: RecordTable) => `saved-views:${table}`;

export async function saveView(db: SilkLedgerDatabase, table: RecordTable, saved: SavedView): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const existing = ((await db.meta.get(metaKey(table)))?.value as SavedView[] | undefined) ?? [];
    const others = existing.filter((view) => view.name !== saved.name);
    await db.meta.put({ key: metaKey(table), value: [...others, saved].sort((a, b) => a.name.localeCompare(b.name)) });
  });
}

export async function deleteView(db: SilkLedgerDatabase, table: RecordTable, name: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const existing = ((await db.meta.get(metaKey(table)))?.value as SavedView[] | undefined) ?? [];
    await db.meta.put({ key: metaKey(table), value: existing.filter((view) => view.name !== name) });
  });
}

export function useSavedViews(table: RecordTable): SavedView[] {
  const { db } = useStore();
  return (
    useLiveQuery(async () => ((await db.meta.get(metaKey(table)))?.value as SavedView[] | undefined) ?? [], [db, table]) ?? []
  );
}
