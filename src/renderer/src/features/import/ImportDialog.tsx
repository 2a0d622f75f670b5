import { useEffect, useRef, useState } from 'react';
import type { WorkbookOutline } from '@shared/import/importSession';
import type { PlanPreview } from '@shared/import/planPreview';
import { useStore } from '../../db/storeContext';
import { usePlatform } from '../../platform/PlatformProvider';
import { useNotices } from '../../ui/Notices';
import type { ImportWorkerHandle } from '../../workers/importWorkerClient';
import type { ImportSession, ReadOutcome } from './startImport';
import { MappingStep } from './MappingStep';
import { OrganizationChoices } from './OrganizationChoices';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { UpdateChoices } from './UpdateChoices';
import { useImportPlan, type ImportChoices } from './useImportPlan';
import { restOfFileStatus, useRestOfFile, type RestOfFile } from './useRestOfFile';
import { ValueChoices } from './ValueChoices';
import './import.css';

export interface ImportDialogProps {
  session: ImportSession;
  /** Ends the import; the caller terminates the session's worker (`endImport`). */
  onClose(): void;
}

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
      {outcome && !outcome.ok && <ImportFailure message={outcome.message} onClose={onClose} />}
    </dialog>
  );
}

/** Why the file cannot be imported, with the one way on: closing the dialog. */
function ImportFailure({ message, onClose }: { message: string; onClose(): void }) {
  return (
    <>
      <p className="form-error" role="alert">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </>
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

function ImportSteps({ outline, worker, onClose }: { outline: WorkbookOutline; worker: ImportWorkerHandle; onClose(): void }) {
  const restOfFile = useRestOfFile(outline, worker);
  const choices = useImportPlan(restOfFile.outline, worker);
  const { header, preview } = choices;
  const firstAnswerShown = preview !== null || choices.planError !== undefined;
  const { readRest } = restOfFile;
  useEffect(() => {
    if (firstAnswerShown) readRest();
  }, [firstAnswerShown, readRest]);
  if (restOfFile.error) {
    return (
      <div className="import-body">
        <ImportFailure message={restOfFile.error} onClose={onClose} />
      </div>
    );
  }
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
  return <PlannedImportSteps choices={choices} preview={preview} worker={worker} restOfFile={restOfFile} onClose={onClose} />;
}

function PlannedImportSteps(props: {
  choices: ImportChoices;
  preview: PlanPreview;
  worker: ImportWorkerHandle;
  restOfFile: RestOfFile;
  onClose(): void;
}) {
  const { choices, preview, worker, restOfFile, onClose } = props;
  const { data, analystName } = useStore();
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
        worker.api.commit(preview.planId, { actor: analystName(), now: new Date().toISOString() }),
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
      {restOfFile.firstRowsOnly && (
        <Working
          label={restOfFileStatus(restOfFile.outline, choices.sheetIndex, preview.rowCount, choices.header)}
          onCancel={onClose}
        />
      )}
      <SheetStep choices={choices} />
      <MappingStep choices={choices} />
      <UpdateChoices choices={choices} preview={preview} />
      <OrganizationChoices choices={choices} preview={preview} />
      <ValueChoices choices={choices} preview={preview} />
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
        <button
          type="button"
          className="primary"
          onClick={() => void commit()}
          disabled={blocked || busy || choices.planning || restOfFile.firstRowsOnly}
        >
          Import {writing} {writing === 1 ? 'record' : 'records'}
        </button>
      </div>
    </div>
  );
}
