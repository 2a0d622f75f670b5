import { useEffect, useRef, useState } from 'react';
import { chooseDefaultSheet } from '@shared/import/chooseSheet';
import { buildSkippedRowsWorkbook } from '@shared/import/skippedRowsWorkbook';
import type { ImportWorkbook } from '@shared/import/workbookTypes';
import { readAnalystName } from '../../db/analystName';
import { commitImportPlan } from '../../db/importCommit';
import { useStore } from '../../db/storeContext';
import { usePlatform } from '../../platform/PlatformProvider';
import { useNotices } from '../../ui/Notices';
import type { PlannedImport } from '../../workers/importWorker';
import { startImportWorker, type ImportWorkerHandle } from '../../workers/importWorkerClient';
import { useRecords } from '../records/liveRecords';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { useImportPlan, type ImportChoices } from './useImportPlan';
import './import.css';

export interface ImportDialogProps {
  file: { name: string; bytes: Uint8Array };
  onClose(): void;
}

type ReadOutcome = { ok: true; workbook: ImportWorkbook } | { ok: false; message: string };

/** Reads a spreadsheet, lets the analyst check how it maps onto the store, and writes it as one undoable batch. */
export function ImportDialog({ file, onClose }: ImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // One worker per import: Cancel terminates it, dropping whatever it was reading or planning.
  const [worker] = useState(startImportWorker);
  const [outcome, setOutcome] = useState<ReadOutcome>();

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  useEffect(() => () => worker.terminate(), [worker]);

  useEffect(() => {
    let current = true;
    readFile(worker, file.name, file.bytes).then((result) => current && setOutcome(result));
    return () => {
      current = false;
    };
  }, [worker, file]);

  return (
    <dialog ref={ref} className="dialog import-dialog" aria-labelledby="import-title" onCancel={onClose}>
      <h2 id="import-title">Import {file.name}</h2>
      {!outcome && <Working label={`Reading ${file.name}…`} onCancel={onClose} />}
      {outcome?.ok && <ImportSteps workbook={outcome.workbook} worker={worker} onClose={onClose} />}
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
function Working({ label, onCancel }: { label: string; onCancel: () => void }) {
  return (
    <div className="import-working">
      <progress aria-label={label} />
      <span>{label}</span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

async function readFile(worker: ImportWorkerHandle, name: string, bytes: Uint8Array): Promise<ReadOutcome> {
  try {
    const result = await Promise.race([worker.api.readWorkbook(bytes, name), worker.failed]);
    if (!result.ok) return { ok: false, message: result.error.message };
    if (chooseDefaultSheet(result.workbook) === null) {
      return { ok: false, message: `${name} has no data on any sheet, so there is nothing to import.` };
    }
    return { ok: true, workbook: result.workbook };
  } catch {
    // readWorkbook reports bad input as values; reaching here is a reader bug, still not the analyst's to debug.
    return {
      ok: false,
      message: `${name} could not be read. Check that it is an Excel, OpenDocument or CSV file and try again.`,
    };
  }
}

function ImportSteps({ workbook, worker, onClose }: { workbook: ImportWorkbook; worker: ImportWorkerHandle; onClose(): void }) {
  const { active } = useRecords();
  const choices = useImportPlan(workbook, active, worker);
  const planned = choices.planned;
  if (!planned) {
    return (
      <div className="import-body">
        <SheetStep workbook={workbook} choices={choices} />
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
  return <PlannedImportSteps workbook={workbook} choices={choices} planned={planned} onClose={onClose} />;
}

function PlannedImportSteps(props: {
  workbook: ImportWorkbook;
  choices: ImportChoices;
  planned: PlannedImport;
  onClose(): void;
}) {
  const { workbook, choices, planned, onClose } = props;
  const { plan, input } = planned;
  const { db, data } = useStore();
  const platform = usePlatform();
  const { notify } = useNotices();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);

  const writing = plan.counts.added + plan.counts.updated;
  const leftBehind = plan.rows.filter((row) => row.status === 'rejected' || row.skipReason === 'excluded').length;
  const blocked = plan.counts.rejected > 0 || writing === 0;

  async function downloadSkipped() {
    const bytes = buildSkippedRowsWorkbook(plan.headers, input.rows, plan);
    const result = await platform.saveFile({ suggestedName: 'skipped-rows.xlsx', format: 'xlsx', bytes });
    if (!result.ok) setError(result.error.message);
    else if (result.value) notify('success', `Saved ${result.value.name}.`);
  }

  async function commit() {
    setBusy(true);
    setError(undefined);
    const result = await commitImportPlan(db, plan, {
      actor: readAnalystName(),
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const { batchId, counts } = result.value;
    onClose();
    notify('success', `Imported ${workbook.fileName}: ${counts.added} added, ${counts.updated} updated.`, {
      label: 'Undo import',
      run: () => void data.undoBatch(batchId),
    });
  }

  return (
    <div className="import-body">
      {error && (
        <p ref={errorRef} className="form-error" role="alert">
          {error}
        </p>
      )}
      <SheetStep workbook={workbook} choices={choices} />
      <MappingStep choices={choices} />
      <PreviewStep choices={choices} planned={planned} />
      {choices.planning && <Working label="Updating the preview…" onCancel={onClose} />}
      {plan.counts.rejected > 0 && (
        <p className="import-blocked">
          {plan.counts.rejected === 1 ? '1 row is' : `${plan.counts.rejected} rows are`} rejected: fix the cells above, or tick
          “Skip row” to leave a row out, before importing.
        </p>
      )}
      {plan.counts.rejected === 0 && writing === 0 && (
        <p className="import-blocked">Nothing would be added or updated with these choices.</p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void downloadSkipped()} disabled={leftBehind === 0}>
          Download skipped rows
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void commit()} disabled={blocked || busy}>
          Import {writing} {writing === 1 ? 'record' : 'records'}
        </button>
      </div>
    </div>
  );
}
