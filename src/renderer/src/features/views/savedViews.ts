import { savedViewsKey } from '@shared/model/settings';
import type { SavedView } from '@shared/model/savedView';
import type { RecordTable } from '@shared/model/tables';
import type { DataResult } from '../../db/dataErrors';
import type { SilkLedgerDatabase } from '../../db/database';
import { updateSetting } from '../../db/settings';
import { useSetting } from '../../db/useSetting';

export type { SavedView };

/** Saves a view under its name, in place of one saved before under the same name; the menu lists them by name. */
export function saveView(db: SilkLedgerDatabase, table: RecordTable, saved: SavedView): Promise<DataResult<SavedView[]>> {
  return updateSetting(db, savedViewsKey(table), (views = []) =>
    [...views.filter((view) => view.name !== saved.name), saved].sort((a, b) => a.name.localeCompare(b.name)),
  );
}

export function deleteView(db: SilkLedgerDatabase, table: RecordTable, name: string): Promise<DataResult<SavedView[]>> {
  return updateSetting(db, savedViewsKey(table), (views = []) => views.filter((view) => view.name !== name));
}

export function useSavedViews(table: RecordTable): SavedView[] {
  return useSetting(savedViewsKey(table)) ?? [];
}
