import { useState } from 'react';
import type { RecordTable } from '@shared/model/tables';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';
import { deleteView, saveView, useSavedViews, type SavedView } from './savedViews';

interface SavedViewsMenuProps {
  table: RecordTable;
  current: Omit<SavedView, 'name'>;
  onApply: (view: SavedView) => void;
}

/** Pick a saved view, or save the current filters, sorting and columns under a name. */
export function SavedViewsMenu({ table, current, onApply }: SavedViewsMenuProps) {
  const { db } = useStore();
  const { notify } = useNotices();
  const views = useSavedViews(table);
  const [name, setName] = useState('');

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) return;
    const saved = await saveView(db, table, { name: trimmed, ...current });
    if (!saved.ok) {
      notify('error', saved.error.message);
      return;
    }
    setName('');
    notify('success', `Saved the view “${trimmed}”.`);
  }

  async function remove(viewName: string) {
    const removed = await deleteView(db, table, viewName);
    if (!removed.ok) notify('error', removed.error.message);
  }

  return (
    <details className="popover">
      <summary>Views{views.length ? ` (${views.length})` : ''}</summary>
      <div className="popover-panel">
        {views.length === 0 && <p className="muted">No saved views yet.</p>}
        <ul className="view-list">
          {views.map((view) => (
            <li key={view.name}>
              <button type="button" onClick={() => onApply(view)}>
                {view.name}
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete view ${view.name}`}
                onClick={() => void remove(view.name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="save-view"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label className="filter-field">
            <span>Save current view as</span>
            <input value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Telecom deals since 2015" />
          </label>
          <button type="submit" disabled={!name.trim()}>
            Save view
          </button>
        </form>
      </div>
    </details>
  );
}
