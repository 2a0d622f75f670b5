import * as Comlink from 'comlink';
import { applyCellFix, buildImportPlan } from '@shared/import/buildImportPlan';
import type { ImportPlan, ImportPlanInput } from '@shared/import/importPlanTypes';
import { readWorkbook } from '@shared/import/readWorkbook';

/** An import plan's input without its id generator, which cannot cross into a worker. */
export type WorkerPlanInput = Omit<ImportPlanInput, 'newId'>;

const newId = () => crypto.randomUUID();

/**
 * The heavy import steps, run off the main thread so the window never freezes on a large file.
 * Everything here is the pure pipeline from src/shared/import; the worker only hosts it.
 */
const importWorker = {
  readWorkbook: (bytes: Uint8Array, fileName: string) => readWorkbook(bytes, fileName),
  buildPlan: (input: WorkerPlanInput): ImportPlan => buildImportPlan({ ...input, newId }),
  applyCellFix(plan: ImportPlan, input: WorkerPlanInput, rowNumber: number, column: number, text: string) {
    const fixed = applyCellFix(plan, { ...input, newId }, rowNumber, column, text);
    const { newId: _dropped, ...rest } = fixed.input;
    return { plan: fixed.plan, input: rest };
  },
};

export type ImportWorkerApi = typeof importWorker;

Comlink.expose(importWorker);
