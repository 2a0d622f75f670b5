import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../db/storeContext';
import { usePlatform } from '../../platform/PlatformProvider';
import { useNotices } from '../../ui/Notices';
import { useRecords } from '../records/liveRecords';
import { inBackupWorker } from '../../workers/backupWorkerClient';
import { planExport, type ExportChoice, type ExportScope, type ReportFormat } from './buildExport';
import type { CurrentView } from './currentView';
import './export.css';

const reportTitle = 'Uzbekistan–China technology cooperation';

const formatLabels: Record<ReportFormat, string> = {
  xlsx: 'Excel workbook (.xlsx): summary and a sheet per kind of record',
  ods: 'OpenDocument spreadsheet (.ods): the same sheets, for LibreOffice',
  csv: 'CSV (.csv): the current table only, as one plain file',
};

/** "The table as filtered: 2 of 11 deals, …" while a filter or search narrows it; the whole table otherwise. */
function viewScopeLabel(view: CurrentView, narrowed: boolean): string {
  const records = view.label.toLowerCase();
  const total = view.totalRows.toLocaleString('en-US');
  const rows = narrowed
    ? `The table as filtered: ${view.rows.length.toLocaleString('en-US')} of ${total} ${records}`
    : `The whole table: ${total} ${records}`;
  return `${rows}, with the records they refer to`;
}

/** Export report…: which rows, which columns, which format; then the platform's save dialog or a download. */
export function ExportDialog({ view, onClose }: { view: CurrentView | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { active } = useRecords();
  const { db, analystName } = useStore();
  const platform = usePlatform();
  const { notify } = useNotices();
  const narrowed = view !== null && (view.rows.length < view.totalRows || view.filterLines.length > 0);
  const [choice, setChoice] = useState<ExportChoice>({
    scope: narrowed ? 'view' : 'all',
    onlyShownColumns: false,
    format: 'xlsx',
  });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // A report still being built when the analyst cancels is dropped, not saved behind their back.
  const closed = useRef(false);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    closed.current = false;
    return () => {
      closed.current = true;
    };
  }, []);

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      const planned = planExport(choice, {
        all: active,
        view,
        title: reportTitle,
        author: analystName(),
        generatedAt: new Date(),
      });
      const file =
        planned.kind === 'file'
          ? planned.file
          : {
              suggestedName: planned.suggestedName,
              format: planned.format,
              bytes: await inBackupWorker((worker) => worker.buildReport(db.name, planned.request)),
            };
      if (closed.current) return;
      const result = await platform.saveFile(file);
      if (!result.ok) return setError(result.error.message);
      onClose();
      if (result.value) notify('success', `Saved the report as ${result.value.name}.`);
    } catch (thrown) {
      setError(`The report could not be written: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    } finally {
      setBusy(false);
    }
  }

  const choose = (change: Partial<ExportChoice>) => setChoice((current) => ({ ...current, ...change }));
  const scopeOption = (scope: ExportScope, label: string, disabled = false) => (
    <label className="export-option">
      <input
        type="radio"
        name="export-scope"
        checked={choice.scope === scope}
        disabled={disabled}
        onChange={() => choose({ scope })}
      />
      {label}
    </label>
  );
  return (
    <dialog
      ref={ref}
      className="dialog export-dialog"
      aria-labelledby="export-title"
      onCancel={onClose}
      onKeyDown={(event) => {
        // Enter on a choice exports, as Enter submits any form; on a button it presses that button.
        if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement || busy) return;
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="export-title">Export report</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <fieldset>
        <legend>Rows</legend>
        {scopeOption('all', 'Everything in the store')}
        {scopeOption('view', view ? viewScopeLabel(view, narrowed) : 'The current table (open a table first)', !view)}
        {choice.scope === 'view' && view && view.filterLines.length > 0 && (
          <ul className="export-filters" aria-label="Filters in force">
            {view.filterLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <label className="export-option">
          <input
            type="checkbox"
            checked={choice.onlyShownColumns}
            disabled={!view || (choice.scope === 'all' && choice.format !== 'csv')}
            onChange={(event) => choose({ onlyShownColumns: event.target.checked })}
          />
          Only the columns shown in the table
        </label>
      </fieldset>
      <fieldset>
        <legend>Format</legend>
        {(Object.keys(formatLabels) as ReportFormat[]).map((format) => (
          <label key={format} className="export-option">
            <input
              type="radio"
              name="export-format"
              checked={choice.format === format}
              disabled={format === 'csv' && !view}
              onChange={() => choose({ format })}
            />
            {formatLabels[format]}
          </label>
        ))}
      </fieldset>
      {busy && (
        <p className="export-working">
          <progress aria-label="Writing the report" /> Writing the report…
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
          Export
        </button>
      </div>
    </dialog>
  );
}
