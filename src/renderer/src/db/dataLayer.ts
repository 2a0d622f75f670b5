import Dexie, { type Transaction } from 'dexie';
import isDeepEqual from 'fast-deep-equal';
import type { HistoryAction, HistoryEntry } from '@shared/model/history';
import { recordLabels } from '@shared/model/recordLabels';
import { recordTitle } from '@shared/model/recordTitle';
import { referencesOf } from '@shared/model/references';
import {
  recordSchemas,
  recordTables,
  type AnyRecord,
  type RecordInput,
  type RecordOf,
  type RecordTable,
} from '@shared/model/tables';
import { asDataResult, issuesFromZod, rejection, type DataResult } from './dataErrors';
import type { SilkLedgerDatabase } from './database';
import { findHistoryEntry, historyChunkStoreName, historyOfBatch, historyOfRecord } from './historyChunks';
import { PageBuffer, recordStoreTables } from './recordPages';
import { revertEntry } from './undo';

export interface DataLayerOptions {
  /** Who is writing: the analyst's name from settings. */
  actor: () => string;
  now?: () => Date;
  newId?: () => string;
  /** Told of every committed change (including undos), e.g. to keep an undo stack. */
  onCommitted?: (entries: HistoryEntry[]) => void;
}

export interface WriteContext {
  /** Groups the history entries of one operation so it can be undone as a whole. */
  batchId?: string;
}

type Changes<T extends RecordTable> = Partial<Omit<RecordOf<T>, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;

/**
 * The only way records are written. Each write validates the record against its zod schema,
 * checks that every record it links to exists, and writes its history entry in the same
 * transaction, so the store and its history never disagree.
 */
export function createDataLayer(db: SilkLedgerDatabase, options: DataLayerOptions) {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const allTables = () => [...recordStoreTables(db, recordTables), db.history, db.table(historyChunkStoreName)];

  // The history entries each transaction wrote, reported once it has committed.
  const writtenIn = new WeakMap<Transaction, HistoryEntry[]>();

  /** Runs `work` in one transaction; the records it changes are written page by page at the end. */
  async function write<T>(work: (pages: PageBuffer) => Promise<T>): Promise<DataResult<T>> {
    let written: HistoryEntry[] = [];
    const result = await asDataResult(() =>
      db.transaction('rw', allTables(), async (transaction) => {
        const pages = new PageBuffer(db);
        const value = await work(pages);
        await pages.flush();
        written = writtenIn.get(transaction) ?? [];
        return value;
      }),
    );
    if (result.ok && written.length) options.onCommitted?.(written);
    return result;
  }

  function validate<T extends RecordTable>(table: T, candidate: unknown, verb: string): RecordOf<T> {
    const parsed = recordSchemas[table].safeParse(candidate);
    if (!parsed.success) throw rejection(`Could not ${verb} the ${recordLabels[table].one}`, issuesFromZod(parsed.error));
    return parsed.data as RecordOf<T>;
  }

  async function assertReferencesExist<T extends RecordTable>(
    pages: PageBuffer,
    table: T,
    record: RecordOf<T>,
    verb: string,
  ): Promise<void> {
    const missing = [];
    for (const reference of referencesOf(table, record)) {
      const target = await pages.get(reference.table, reference.id);
      if (!target)
        missing.push({ field: reference.field, message: `no ${recordLabels[reference.table].one} with id ${reference.id}` });
    }
    if (missing.length) throw rejection(`Could not ${verb} the ${recordLabels[table].one}`, missing);
  }

  async function record<T extends RecordTable>(
    action: HistoryAction,
    table: T,
    before: AnyRecord | null,
    after: AnyRecord | null,
    context: WriteContext & { undoOf?: string },
  ): Promise<HistoryEntry> {
    const entry: HistoryEntry = {
      id: newId(),
      at: now(),
      actor: options.actor(),
      action,
      table,
      recordId: (after ?? before)!.id,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
      batchId: context.batchId ?? null,
      undoOf: context.undoOf ?? null,
    };
    await db.history.add(entry);
    const transaction = Dexie.currentTransaction;
    if (transaction) {
      const written = writtenIn.get(transaction);
      if (written) written.push(entry);
      else writtenIn.set(transaction, [entry]);
    }
    return entry;
  }

  async function existing<T extends RecordTable>(pages: PageBuffer, table: T, id: string, verb: string): Promise<RecordOf<T>> {
    const found = await pages.get(table, id);
    if (!found)
      throw rejection(`Could not ${verb} the ${recordLabels[table].one}: there is no ${recordLabels[table].one} with id ${id}`);
    return found;
  }

  async function insert<T extends RecordTable>(pages: PageBuffer, table: T, input: RecordInput<T>, context: WriteContext) {
    const stamp = now();
    const candidate = { ...input, id: input.id ?? newId(), createdAt: stamp, updatedAt: stamp, deletedAt: null };
    const valid = validate(table, candidate, 'save');
    await assertReferencesExist(pages, table, valid, 'save');
    if (await pages.get(table, valid.id))
      throw rejection(`Could not save the ${recordLabels[table].one}: the id ${valid.id} is already taken`);
    await pages.put(table, valid);
    await record('create', table, null, valid, context);
    return valid;
  }

  async function create<T extends RecordTable>(table: T, input: RecordInput<T>, context: WriteContext = {}) {
    return write((pages) => insert(pages, table, input, context));
  }

  /** Creates several records (a bulk annotation) in one transaction: all of them, or none if one is refused. */
  async function createMany<T extends RecordTable>(table: T, inputs: RecordInput<T>[], context: WriteContext = {}) {
    return write(async (pages) => {
      const created: RecordOf<T>[] = [];
      for (const input of inputs) created.push(await insert(pages, table, input, context));
      return created;
    });
  }

  async function update<T extends RecordTable>(table: T, id: string, changes: Changes<T>, context: WriteContext = {}) {
    return write(async (pages) => {
      const before = await existing(pages, table, id, 'update');
      const merged = { ...before, ...changes, id, createdAt: before.createdAt, deletedAt: before.deletedAt };
      const { updatedAt: _previous, ...mergedWithoutStamp } = merged;
      const { updatedAt: _before, ...beforeWithoutStamp } = before;
      if (isDeepEqual(mergedWithoutStamp, beforeWithoutStamp)) return before;
      const valid = validate(table, { ...merged, updatedAt: now() }, 'update');
      await assertReferencesExist(pages, table, valid, 'update');
      await pages.put(table, valid);
      await record('update', table, before, valid, context);
      return valid;
    });
  }

  async function setDeleted<T extends RecordTable>(
    pages: PageBuffer,
    table: T,
    id: string,
    deleted: boolean,
    context: WriteContext & { undoOf?: string },
  ) {
    const verb = deleted ? 'delete' : 'restore';
    const before = await existing(pages, table, id, verb);
    if ((before.deletedAt !== null) === deleted) {
      throw rejection(`Could not ${verb} “${recordTitle(before)}”: it is already ${deleted ? 'deleted' : 'in the store'}`);
    }
    const stamp = now();
    const after = { ...before, deletedAt: deleted ? stamp : null, updatedAt: stamp } as RecordOf<T>;
    await pages.put(table, after);
    return { entry: await record(deleted ? 'delete' : 'restore', table, before, after, context), after };
  }

  /** Soft delete: the record stays in the store, hidden, and can be restored or undone. */
  async function remove<T extends RecordTable>(
    table: T,
    id: string,
    context: WriteContext = {},
  ): Promise<DataResult<RecordOf<T>>> {
    return write(async (pages) => (await setDeleted(pages, table, id, true, context)).after);
  }

  async function restore<T extends RecordTable>(
    table: T,
    id: string,
    context: WriteContext = {},
  ): Promise<DataResult<RecordOf<T>>> {
    return write(async (pages) => (await setDeleted(pages, table, id, false, context)).after);
  }

  /** Soft-deletes or restores a selection in one transaction: every record, or none if one is refused. */
  async function setDeletedMany<T extends RecordTable>(
    table: T,
    ids: string[],
    deleted: boolean,
    context: WriteContext = {},
  ): Promise<DataResult<RecordOf<T>[]>> {
    return write(async (pages) => {
      const changed: RecordOf<T>[] = [];
      for (const id of ids) changed.push((await setDeleted(pages, table, id, deleted, context)).after);
      return changed;
    });
  }

  async function undoEntries(pages: PageBuffer, entries: HistoryEntry[]): Promise<HistoryEntry[]> {
    const written: HistoryEntry[] = [];
    // Newest first, so a batch unwinds in the reverse of the order it was applied.
    for (const entry of [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))) {
      const current = await pages.get(entry.table, entry.recordId);
      const revert = revertEntry(entry, current ?? null);
      if (!revert.ok) throw rejection(revert.message);
      const context = { undoOf: entry.id, batchId: entry.batchId ?? undefined };
      if (revert.kind === 'set-deleted') {
        written.push((await setDeleted(pages, entry.table, entry.recordId, revert.deleted, context)).entry);
      } else {
        const valid = validate(entry.table, { ...revert.record, updatedAt: now() }, 'undo the change to');
        await assertReferencesExist(pages, entry.table, valid, 'undo the change to');
        await pages.put(entry.table, valid);
        written.push(await record('update', entry.table, current ?? null, valid, context));
      }
    }
    return written;
  }

  /**
   * Reverses one change, refusing if a later change touched the same fields. The entry is read
   * again from the store; its record's id says where to look for it (see historyChunks.ts).
   */
  async function undo(change: Pick<HistoryEntry, 'id' | 'recordId'>): Promise<DataResult<HistoryEntry[]>> {
    return write(async (pages) => {
      const entry = await findHistoryEntry(db, change);
      if (!entry) throw rejection(`Could not undo: there is no history entry with id ${change.id}`);
      return undoEntries(pages, [entry]);
    });
  }

  /** Reverses every change of one operation (an import, a bulk edit), all or nothing. */
  async function undoBatch(batchId: string): Promise<DataResult<HistoryEntry[]>> {
    return write(async (pages) => {
      const entries = (await historyOfBatch(db, batchId)).filter((entry) => entry.undoOf === null);
      if (!entries.length) throw rejection(`Could not undo: no changes belong to batch ${batchId}`);
      return undoEntries(pages, entries);
    });
  }

  /** A record's changes, newest first. */
  function historyOf(recordId: string): Promise<HistoryEntry[]> {
    return historyOfRecord(db, recordId);
  }

  return { create, createMany, update, remove, restore, setDeletedMany, undo, undoBatch, historyOf };
}

export type DataLayer = ReturnType<typeof createDataLayer>;
