import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { recordLabels } from '@shared/model/recordLabels';
import type { AnyRow } from '@shared/model/tableRows';
import { useStore } from '../../db/storeContext';
import { usePlatform } from '../../platform/PlatformProvider';
import { useNotices } from '../../ui/Notices';
import type { SectionTable } from '../records/sections';
import { selectionAsTabSeparated, selectionAsWorkbook } from './selectionExport';

interface BulkActionBarProps {
  table: SectionTable;
  label: string;
  selected: AnyRow[];
  columns: ColumnDef<AnyRow, unknown>[];
  visibility: VisibilityState;
  onAnnotate: () => void;
  onClear: () => void;
}

/** Actions on the selected rows; deletes are soft and come back with one Undo. */
export function BulkActionBar({ table, label, selected, columns, visibility, onAnnotate, onClear }: BulkActionBarProps) {
  const { data } = useStore();
  const platform = usePlatform();
  const { notify } = useNotices();
  const noun = selected.length === 1 ? recordLabels[table].one : recordLabels[table].many;

  async function setDeleted(deleted: boolean) {
    const batchId = crypto.randomUUID();
    const targets = selected.filter((record) => (record.deletedAt === null) === deleted);
    const result = await data.setDeletedMany(
      table,
      targets.map((record) => record.id),
      deleted,
      { batchId },
    );
    if (!result.ok) {
      notify('error', `Nothing was ${deleted ? 'deleted' : 'restored'}: ${result.error.message}`);
      return;
    }
    onClear();
    notify(
      'success',
      `${deleted ? 'Deleted' : 'Restored'} ${targets.length} ${targets.length === 1 ? recordLabels[table].one : recordLabels[table].many}.`,
      {
        label: 'Undo',
        run: () => void data.undoBatch(batchId).then((result) => !result.ok && notify('error', result.error.message)),
      },
    );
  }

  async function copy() {
    await navigator.clipboard.writeText(selectionAsTabSeparated(columns, visibility, selected));
    notify('success', `Copied ${selected.length} ${noun} as a table; paste into Excel or LibreOffice.`);
  }

  async function exportSelection() {
    const bytes = await selectionAsWorkbook(label, columns, visibility, selected);
    const result = await platform.saveFile({ suggestedName: `${label.toLowerCase()}-selection.xlsx`, format: 'xlsx', bytes });
    if (!result.ok) notify('error', result.error.message);
    else if (result.value) notify('success', `Exported ${selected.length} ${noun} to ${result.value.name}.`);
  }

  const anyActive = selected.some((record) => record.deletedAt === null);
  const anyDeleted = selected.some((record) => record.deletedAt !== null);
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Actions on selected rows">
      <strong>
        {selected.length} {noun} selected
      </strong>
      {table !== 'annotations' && (
        <button type="button" onClick={onAnnotate}>
          Tag or annotate…
        </button>
      )}
      <button type="button" onClick={() => void copy()}>
        Copy as table
      </button>
      <button type="button" onClick={() => void exportSelection()}>
        Export selection…
      </button>
      {anyActive && (
        <button type="button" className="danger" onClick={() => void setDeleted(true)}>
          Delete
        </button>
      )}
      {anyDeleted && (
        <button type="button" onClick={() => void setDeleted(false)}>
          Restore
        </button>
      )}
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
