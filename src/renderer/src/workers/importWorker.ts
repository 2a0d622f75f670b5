import * as Comlink from 'comlink';
import { applyCellFix, buildImportPlan } from '@shared/import/buildImportPlan';
import type { ImportPlan, ImportPlanInput } from '@shared/import/importPlanTypes';
import { readSpreadsheetFile } from '@shared/import/readWorkbook';

/** An import plan's input without its id generator, which cannot cross into a worker. */
export type WorkerPlanInput = Omit<ImportPlanInput, 'newId'>;

/** A correction the analyst typed into the preview. */
export interface CellFix {
  rowNumber: number;
  column: number;
  text: string;
}

export interface PlannedImport {
  plan: ImportPlan;
  input: WorkerPlanInput;
}

/**
 * What planning sends back. The caller already holds the input it sent, so only the rows the
 * analyst's fixes changed come back: echoing 100,000 rows and the store's records cost seconds of
 * structured cloning on the main thread.
 */
export interface PlanResult {
  plan: ImportPlan;
  /** The input's rows with the fixes applied; null when there were no fixes. */
  fixedRows: WorkerPlanInput['rows'] | null;
}

const newId = () => crypto.randomUUID();

/**
 * The heavy import steps, run off the main thread so the window never freezes on a large file.
 * Everything here is the pure pipeline from src/shared/import; the worker only hosts it.
 */
const importWorker = {
  readWorkbook: (bytes: Uint8Array, fileName: string) => readSpreadsheetFile(bytes, fileName),
  /** Builds the plan, then replays the analyst's cell fixes over it in the order they were made. */
  planWithFixes(input: WorkerPlanInput, fixes: readonly CellFix[]): PlanResult {
    let fullInput: ImportPlanInput = { ...input, newId };
    let plan = buildImportPlan(fullInput);
    for (const fix of fixes) ({ plan, input: fullInput } = applyCellFix(plan, fullInput, fix.rowNumber, fix.column, fix.text));
    return { plan, fixedRows: fixes.length ? fullInput.rows : null };
  },
};

export type ImportWorkerApi = typeof importWorker;

Comlink.expose(importWorker);
