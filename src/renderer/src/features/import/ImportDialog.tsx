import * as Comlink from 'comlink';
import { useEffect, useRef, useState } from 'react';
import type { WorkbookOutline } from '@shared/import/importSession';
import type { PlanPreview } from '@shared/import/planPreview';
import { readAnalystName } from '../../db/analystName';
import { useStore } from '../../db/storeContext';
import { usePlatform } from '../../platform/PlatformProvider';
import { useNotices } from '../../ui/Notices';
import { startImportWorker, type ImportWorkerHandle } from '../../workers/importWorkerClient';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { useImportPlan, type ImportChoices } from './useImportPlan';
import './import.css';

export interface ImportDialogProps {
  session: ImportSession;
  /** Ends the import; the caller terminates the session's worker (`endImport`). */
  onClose(): void;
}

/** An import under way: its worker, and the reading of its file, begun once when the file was chosen. */
export interface ImportSession {
  name: string;
  worker: ImportWorkerHandle;
  reading: Promise<ReadOutcome>;
}

/**
 * Starts importing `file`, whose bytes are handed over to the import's worker and unusable here
 * afterwards. Called where the file is chosen, not in an effect: a development build runs each
 * effect twice, which terminated the worker and handed over the same bytes a second time.
 */
export function startImport(file: { name: string; bytes: Uint8Array }, databaseName: string): ImportSession {
  const worker = startImportWorker();
  return { name: file.name, worker, reading: readFile(worker, file.name, file.bytes, databaseName) };
}

/** Stops the import's worker, dropping whatever it was reading or planning. */
export function endImport(session: ImportSession): void {
  session.worker.terminate();
}

type ReadOutcome = { ok: true; outline: WorkbookOutline } | { ok: false; message: string };

/** Reads a spreadsheet, lets the analyst check how it maps onto the store, and writes it as one undoable batch. */
export function ImportDialog({ session, onClose }: ImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { name, worker } = session;
  const [outcome, setOutcome] = useState<ReadOutcome>();

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    session.reading.then((result) => current && setOutcome(result));
    return () => {
      current = false;
    };
  }, [session]);

  return (
    <dialog ref={ref} className="dialog import-dialog" aria-labelledby="import-title" onCancel={onClose}>
      <h2 id="import-title">Import {name}</h2>
      {!outcome && <Working label={`Reading ${name}…`} onCancel={onClose} />}
      {outcome?.ok && <ImportSteps outline={outcome.outline} worker={worker} onClose={onClose} />}
      {outcome && !outcome.ok && (
        <>
          <p className="form-error" role="alert">
            {outcome.message}
          </p>
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

/** A progress bar with a Cancel button for work that may take a few seconds on a large file. */
function Working({ label, onCancel }: { label: string; onCancel?: () => void }) {
  return (
    <div className="import-working">
      <progress aria-label={label} />
      <span>{label}</span>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

async function readFile(worker: ImportWorkerHandle, name: string, bytes: Uint8Array, databaseName: string): Promise<ReadOutcome> {
  try {
    // Moved to the worker, not cloned or copied: either was a task of 60–170 ms on the window's
    // thread for a 16 MB file. Nothing in the window reads the bytes after this.
    const result = await Promise.race([
      worker.api.open(Comlink.transfer(bytes, [bytes.buffer]), name, databaseName),
      worker.failed,
    ]);
    if (!result.ok) return { ok: false, message: result.error.message };
    if (result.outline.defaultSheetIndex === null) {
      return { ok: false, message: `${name} has no data on any sheet, so there is nothing to import.` };
    }
    return { ok: true, outline: result.outline };
  } catch {
    // Reading reports bad input as values; reaching here is a reader bug, still not the analyst's to debug.
    return {
      ok: false,
      message: `${name} could not be read. Check that it is an Excel, OpenDocument or CSV file and try again.`,
    };
  }
}

function ImportSteps({ outline, worker, onClose }: { outline: WorkbookOutline; worker: ImportWorkerHandle; onClose(): void }) {
  const choices = useImportPlan(outline, worker);
  const { header, preview } = choices;
  if (!header || !preview) {
    return (
      <div className="import-body">
        {header && <SheetStep choices={choices} />}
        {choices.planError ? (
          <p className="form-error" role="alert">
            {choices.planError}
          </p>
        ) : (
          <Working label="Preparing the preview…" onCancel={onClose} />
        )}
      </div>
    );
  }
  return <PlannedImportSteps choices={choices} preview={preview} worker={worker} onClose={onClose} />;
}

function PlannedImportSteps(props: {
  choices: ImportChoices;
  preview: PlanPreview;
  worker: ImportWorkerHandle;
  onClose(): void;
}) {
  const { choices, preview, worker, onClose } = props;
  const { data } = useStore();
  const platform = usePlatform();
  const { notify } = useNotices();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);

  const { counts } = preview;
  const writing = counts.added + counts.updated;
  const blocked = counts.rejected > 0 || writing === 0;
  const fileName = choices.outline.fileName;

  async function downloadSkipped() {
    try {
      const bytes = await Promise.race([worker.api.skippedRowsWorkbook(), worker.failed]);
      const result = await platform.saveFile({ suggestedName: 'skipped-rows.xlsx', format: 'xlsx', bytes });
      if (!result.ok) setError(result.error.message);
      else if (result.value) notify('success', `Saved ${result.value.name}.`);
    } catch (failure) {
      setError(`The skipped rows could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }

  async function commit() {
    setBusy(true);
    setError(undefined);
    try {
      const result = await Promise.race([
        worker.api.commit(preview.planId, { actor: readAnalystName(), now: new Date().toISOString() }),
        worker.failed,
      ]);
      if (!result.ok) return setError(result.error.message);
      const { batchId } = result.value;
      onClose();
      notify('success', `Imported ${fileName}: ${result.value.counts.added} added, ${result.value.counts.updated} updated.`, {
        label: 'Undo import',
        run: () => void data.undoBatch(batchId),
      });
    } catch (failure) {
      setError(`Nothing was imported: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="import-body">
      {error && (
        <p ref={errorRef} className="form-error" role="alert">
          {error}
        </p>
      )}
      <SheetStep choices={choices} />
      <MappingStep choices={choices} />
      <PreviewStep choices={choices} preview={preview} />
      {choices.planning && <Working label="Updating the preview…" onCancel={onClose} />}
      {/* No Cancel while writing: the write is one transaction that either lands whole or not at all. */}
      {busy && <Working label={`Writing ${writing.toLocaleString('en-US')} records…`} />}
      {counts.rejected > 0 && (
        <p className="import-blocked">
          {counts.rejected === 1 ? '1 row is' : `${counts.rejected} rows are`} rejected: fix the cells above, or tick “Skip row”
          to leave a row out, before importing.
        </p>
      )}
      {counts.rejected === 0 && writing === 0 && (
        <p className="import-blocked">Nothing would be added or updated with these choices.</p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void downloadSkipped()} disabled={preview.leftBehindCount === 0}>
          Download skipped rows
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void commit()} disabled={blocked || busy || choices.planning}>
          Import {writing} {writing === 1 ? 'record' : 'records'}
        </button>
      </div>
    </div>
  );
}
