import * as Comlink from 'comlink';
import type { ExistingRecords } from '@shared/import/importPlanTypes';
import {
  ImportSession,
  outlineWorkbook,
  type PlanRequest,
  type SheetChoice,
  type WorkbookOutline,
} from '@shared/import/importSession';
import type { ImportError } from '@shared/import/workbookTypes';
import { readFirstRows, readRestOfFile, type FirstLook } from '@shared/import/readFirstRows';
import { SilkLedgerDatabase } from '../db/database';
import { commitImportPlan } from '../db/importCommit';
import { readActiveRecords } from '../db/readRecords';

export type OpenResult = { ok: true; outline: WorkbookOutline } | { ok: false; error: Pick<ImportError, 'code' | 'message'> };

const newId = () => crypto.randomUUID();

/**
 * A worker that dies (out of memory, crashed, terminated) sends no event: calls to it just never
 * answer. So it holds a Web Lock while it lives and tells the window its name; the window asks for
 * the same lock and is granted it only once the worker is gone (see importWorkerClient.ts). The
 * lock is held before any file is read, so a death while reading is always seen.
 */
const lifeLock = `silk-ledger-import-worker-${crypto.randomUUID()}`;
const lifeLockHeld: Promise<void> = new Promise((resolve) => {
  // Without Web Locks (an insecure origin) a death goes unseen, as it did before.
  if (!('locks' in navigator)) return resolve();
  void navigator.locks.request(lifeLock, () => {
    self.postMessage({ importWorkerLifeLock: lifeLock } satisfies ImportWorkerLifeLockMessage);
    resolve();
    return new Promise<never>(() => undefined);
  });
});

/** Posted once, outside comlink's messages (which carry an id), so comlink ignores it. */
export interface ImportWorkerLifeLockMessage {
  importWorkerLifeLock: string;
}

let session: ImportSession | null = null;
let database: SilkLedgerDatabase | null = null;
let existing: Promise<ExistingRecords> | null = null;
/** The file's bytes and its first look, kept until the rest of the file is read. */
let unread: { bytes: Uint8Array; fileName: string; firstLook: FirstLook } | null = null;

function opened(): { session: ImportSession; database: SilkLedgerDatabase } {
  if (!session || !database) throw new Error('No file is open in this import.');
  return { session, database };
}

/**
 * One import, run off the window's thread from file to commit: the worker reads the file, keeps
 * the workbook and the plan, hands the window outlines and previews of a few hundred rows, and
 * writes the accepted rows to the store itself. The window never holds a 100,000-row sheet, plan
 * or record list, so it stays responsive however large the file. The pipeline is the pure code in
 * src/shared/import; the worker only hosts it.
 */
const importWorker = {
  /**
   * Reads the first rows of a large file (all of a small one), so the window can show the sheet,
   * the proposed mapping and a first preview at once; `readRest` reads the rest.
   */
  async open(bytes: Uint8Array, fileName: string, databaseName: string): Promise<OpenResult> {
    await lifeLockHeld;
    database = new SilkLedgerDatabase(databaseName);
    // The store is read while the file is: IndexedDB works apart from this thread, and the first plan needs both.
    existing = readActiveRecords(database);
    existing.catch(() => undefined);
    const read = await readFirstRows(bytes, fileName);
    if (!read.ok) return { ok: false, error: { code: read.error.code, message: read.error.message } };
    const { workbook, complete, expectedRowCounts } = read.firstLook;
    session = new ImportSession(workbook, newId);
    if (complete) return { ok: true, outline: outlineWorkbook(workbook) };
    unread = { bytes, fileName, firstLook: read.firstLook };
    return { ok: true, outline: outlineWorkbook(workbook, { expectedRowCounts }) };
  },
  /**
   * Reads the whole file after its first rows, replacing them in the session. Asked for by the
   * window once the first preview is on screen: the read holds this worker's thread for seconds,
   * and calls made meanwhile wait for it.
   */
  async readRest(): Promise<OpenResult> {
    const open = opened();
    if (!unread) return { ok: true, outline: outlineWorkbook(open.session.workbook) };
    const { bytes, fileName, firstLook } = unread;
    const read = await readRestOfFile(bytes, fileName, firstLook);
    unread = null;
    if (!read.ok) return { ok: false, error: { code: read.error.code, message: read.error.message } };
    open.session.readInFull(read.workbook);
    return { ok: true, outline: outlineWorkbook(read.workbook) };
  },
  header(choice: SheetChoice) {
    return opened().session.header(choice);
  },
  async plan(request: PlanRequest) {
    const open = opened();
    // Read once per import, here rather than in the window: at 100,000 deals that is seconds of work.
    existing ??= readActiveRecords(open.database);
    return open.session.plan(request, await existing);
  },
  skippedRowsWorkbook() {
    const bytes = opened().session.skippedRowsWorkbook();
    return Comlink.transfer(bytes, [bytes.buffer]);
  },
  /** Writes the plan the preview showed, in one transaction; the window's live queries see it when it commits. */
  commit(planId: number, options: { actor: string; now: string }) {
    const open = opened();
    return commitImportPlan(open.database, open.session.planShownAs(planId), { ...options, newId });
  },
};

export type ImportWorkerApi = typeof importWorker;

Comlink.expose(importWorker);
