import { useEffect, useRef, useState } from 'react';
import { recordLabels } from '@shared/model/recordLabels';
import { recordTables } from '@shared/model/tables';
import { useRecords } from '../records/liveRecords';
import type { OpenedBackup } from '../../db/storeBackupFile';
import { ChangedReadableCells } from './ChangedReadableCells';
import './backup.css';

export type RestoreState = { status: 'preview'; backup: OpenedBackup } | { status: 'refused'; message: string };

interface RestoreDialogProps {
  state: RestoreState;
  onRestore: (options: { backUpFirst: boolean }) => void;
  onClose: () => void;
}

const count = (n: number) => n.toLocaleString('en-US');

/** As many as the analyst can take in at a glance; the dialog does not scroll. */
const warningsShown = 20;

function describeTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso || 'an unknown time'
    : date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

/** The backup's settings the restore leaves out, each with the row it is on and why. */
function LeftOutSettings({ warnings }: { warnings: string[] }) {
  if (!warnings.length) return null;
  const more = warnings.length - warningsShown;
  return (
    <section className="restore-warnings" aria-labelledby="restore-warnings-title">
      <h3 id="restore-warnings-title">Settings left out</h3>
      <p>{warnings.length === 1 ? 'One setting' : `${count(warnings.length)} settings`} in the backup will not be restored:</p>
      <ul>
        {warnings.slice(0, warningsShown).map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
        {more > 0 && <li>…and {count(more)} more.</li>}
      </ul>
    </section>
  );
}

/** What a backup holds next to what the store holds now, and the question whether to replace it. */
function Preview({ backup, onRestore, onClose }: { backup: OpenedBackup } & Omit<RestoreDialogProps, 'state'>) {
  const { all } = useRecords();
  const [backUpFirst, setBackUpFirst] = useState(true);
  const { contents, about } = backup;
  return (
    <>
      <h2 id="restore-title">Restore {backup.fileName}?</h2>
      <p>
        Saved on {describeTime(about.generatedAt)}
        {about.savedBy ? ` by ${about.savedBy}` : ''} with Silk Ledger {about.appVersion || '(unknown version)'}.
      </p>
      <table className="mini-table restore-counts" aria-label="Records in the backup and in the store now">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="numeric">
              In the backup
            </th>
            <th scope="col" className="numeric">
              In the store now
            </th>
          </tr>
        </thead>
        <tbody>
          {recordTables.map((table) => {
            const deleted = (contents[table] as Array<{ deletedAt: string | null }>).filter((record) => record.deletedAt).length;
            return (
              <tr key={table}>
                <th scope="row">{recordLabels[table].many[0].toUpperCase() + recordLabels[table].many.slice(1)}</th>
                <td className="numeric">
                  {count(contents[table].length)}
                  {deleted > 0 && <span className="muted"> ({count(deleted)} deleted)</span>}
                </td>
                <td className="numeric">{count(all[table].length)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Change history</th>
            <td className="numeric">{count(contents.history.length)} entries</td>
            <td className="numeric" />
          </tr>
        </tbody>
      </table>
      <LeftOutSettings warnings={backup.warnings} />
      <ChangedReadableCells changes={backup.changedCells} />
      <p>
        Every record, annotation, history entry and saved view in this store will be replaced by the backup’s. This cannot be
        undone with Undo.
      </p>
      <label className="filter-check">
        <input type="checkbox" checked={backUpFirst} onChange={(event) => setBackUpFirst(event.target.checked)} />
        Back up the current data first
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => onRestore({ backUpFirst })}>
          Replace my data
        </button>
      </div>
    </>
  );
}

/** Shows what a backup holds before a restore, or why a file cannot be restored. */
export function RestoreDialog({ state, onRestore, onClose }: RestoreDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog restore-dialog" aria-labelledby="restore-title" onCancel={onClose}>
      {state.status === 'preview' ? (
        <Preview backup={state.backup} onRestore={onRestore} onClose={onClose} />
      ) : (
        <>
          <h2 id="restore-title">Nothing was restored</h2>
          <p role="alert" className="restore-problems">
            {state.message}
          </p>
          <p>Your data was not changed.</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose} autoFocus>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
