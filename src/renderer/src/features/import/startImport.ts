import * as Comlink from 'comlink';
import type { WorkbookOutline } from '@shared/import/importSession';
import {
  ImportWorkerStopped,
  prepareImportWorker,
  startImportWorker,
  type ImportWorkerHandle,
} from '../../workers/importWorkerClient';

// Kept apart from ImportDialog, which loads only once a file is chosen: starting the import's worker
// must not wait for the dialog's code.

/** The import dialog's code, loaded by the first import or ahead of it. */
export const loadImportDialog = () => import('./ImportDialog');

/**
 * Readies the next import while its file is being chosen or dragged in: its worker and the
 * dialog's code load meanwhile, so neither waits for the file.
 */
export function prepareImport(): void {
  prepareImportWorker();
  void loadImportDialog();
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

export type ReadOutcome = { ok: true; outline: WorkbookOutline } | { ok: false; message: string };

async function readFile(worker: ImportWorkerHandle, name: string, bytes: Uint8Array, databaseName: string): Promise<ReadOutcome> {
  try {
    // Moved to the worker, not cloned or copied: either is one long task on the window's thread
    // for a file of many megabytes. Nothing in the window reads the bytes after this.
    const result = await Promise.race([
      worker.api.open(Comlink.transfer(bytes, [bytes.buffer]), name, databaseName),
      worker.failed,
    ]);
    if (!result.ok) return { ok: false, message: result.error.message };
    if (result.outline.defaultSheetIndex === null) {
      return { ok: false, message: `${name} has no data on any sheet, so there is nothing to import.` };
    }
    return { ok: true, outline: result.outline };
  } catch (failure) {
    if (failure instanceof ImportWorkerStopped) {
      return {
        ok: false,
        message: `${name} could not be read: reading it stopped the import, perhaps because the file needs more memory than Silk Ledger can give it. Nothing was imported. Split the file into smaller ones, or save it again from Excel or LibreOffice, and import again.`,
      };
    }
    // Reading reports bad input as values; reaching here is a reader bug, still not the analyst's to debug.
    return {
      ok: false,
      message: `${name} could not be read. Check that it is an Excel, OpenDocument or CSV file and try again.`,
    };
  }
}
