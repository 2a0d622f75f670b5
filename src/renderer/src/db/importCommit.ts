import type { HistoryEntry } from '@shared/model/history';
import { importBatchKey, type ImportBatch } from '@shared/model/settings';
import { recordSchemas, type AnyRecord, type RecordTable } from '@shared/model/tables';
import type { ImportPlan } from '@shared/import/importPlanTypes';
import { asDataResult, issuesFromZod, rejection, type DataResult } from './dataErrors';
import type { SilkLedgerDatabase } from './database';
import { historyChunkStoreName, writeHistoryChunks } from './historyChunks';
import { getRecords, recordStoreTables, writeRecords } from './recordPages';
import { putSetting } from './settings';

interface CommitOptions {
  actor: string;
  now: string;
  newId: () => string;
}

/**
 * Writes every accepted row of an import plan, and the organizations, indicators and source it
 * introduces, in one transaction: all of it lands or none of it does. Each written record gets a
 * history entry carrying the batch id, so the whole import can be undone as one batch; the entries
 * are stored in chunks, one per page of records (historyChunks.ts), and the records in their pages
 * (recordPages.ts), so 100,000 rows are a few hundred IndexedDB writes. Uses no DOM API: it runs
 * in the import worker.
 */
export async function commitImportPlan(
  db: SilkLedgerDatabase,
  plan: ImportPlan,
  options: CommitOptions,
): Promise<DataResult<ImportBatch>> {
  const batchId = options.newId();
  const stamp = { createdAt: options.now, updatedAt: options.now, deletedAt: null };
  const history: HistoryEntry[] = [];
  const entry = (table: RecordTable, before: AnyRecord | null, after: AnyRecord): HistoryEntry => ({
    id: options.newId(),
    at: options.now,
    actor: options.actor,
    action: before ? 'update' : 'create',
    table,
    recordId: after.id,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown>,
    batchId,
    undoOf: null,
  });

  function validated(table: RecordTable, candidate: unknown, rowNumber: number | null): AnyRecord {
    const parsed = recordSchemas[table].safeParse(candidate);
    if (!parsed.success) {
      const where = rowNumber === null ? `a new ${table} record` : `row ${rowNumber}`;
      throw rejection(`The import was not written, because ${where} of ${plan.fileName} is invalid`, issuesFromZod(parsed.error));
    }
    return parsed.data as AnyRecord;
  }

  interface Candidate {
    table: RecordTable;
    record: AnyRecord;
    /** The stored record an updated row replaces; its id and creation time are kept. */
    existingId: string | null;
  }

  return asDataResult(async () => {
    // Every row is validated before the transaction opens, in one go: this runs in the import
    // worker, where no frame waits, so yielding to a timer every so many rows would only add waiting.
    const candidates: Candidate[] = [];
    const introduced: Array<[RecordTable, object[]]> = [
      ['organizations', plan.newOrganizations],
      ['indicators', plan.newIndicators],
      ['sources', plan.newSources],
    ];
    for (const [table, inputs] of introduced) {
      for (const input of inputs)
        candidates.push({ table, record: validated(table, { ...input, ...stamp }, null), existingId: null });
    }
    // Stored organizations that gain the file's spelling as an alias: updates outside the plan's table.
    for (const input of plan.updatedOrganizations) {
      const record = validated('organizations', { ...input, ...stamp }, null);
      candidates.push({ table: 'organizations', record, existingId: input.id });
    }
    for (const row of plan.rows) {
      if (row.status !== 'added' && !(row.status === 'updated' && row.existingId)) continue;
      const existingId = row.status === 'updated' ? row.existingId : null;
      const candidate = existingId
        ? { ...(row.record as object), ...stamp, id: existingId }
        : { ...(row.record as object), ...stamp };
      candidates.push({ table: plan.table, record: validated(plan.table, candidate, row.rowNumber), existingId });
    }

    return db.transaction(
      'rw',
      [
        ...recordStoreTables(db, [plan.table, 'organizations', 'indicators', 'sources']),
        db.table(historyChunkStoreName),
        db.meta,
      ],
      async () => {
        const stored = await storedRecordsOf(db, candidates);
        const additions = new Map<RecordTable, AnyRecord[]>();
        const updated = new Map<RecordTable, AnyRecord[]>();
        for (const { table, record, existingId } of candidates) {
          if (!existingId) {
            const added = additions.get(table);
            if (added) added.push(record);
            else additions.set(table, [record]);
            history.push(entry(table, null, record));
            continue;
          }
          const before = stored.get(table)?.get(existingId);
          if (!before) throw rejection(`The import was not written: a record it updates (${existingId}) was deleted meanwhile`);
          const after = { ...record, createdAt: before.createdAt } as AnyRecord;
          const updates = updated.get(table);
          if (updates) updates.push(after);
          else updated.set(table, [after]);
          history.push(entry(table, before, after));
        }
        for (const [table, records] of additions) await writeRecords(db, table, records, 'add');
        for (const [table, records] of updated) await writeRecords<RecordTable>(db, table, records, 'put');
        await writeHistoryChunks(db, history);
        const batch: ImportBatch = {
          batchId,
          fileName: plan.fileName,
          sheetName: plan.sheetName,
          at: options.now,
          actor: options.actor,
          counts: plan.counts,
        };
        await putSetting(db, importBatchKey(batchId), batch);
        return batch;
      },
    );
  });
}

/** The stored records the candidates update, read per table inside the commit's transaction. */
async function storedRecordsOf(
  db: SilkLedgerDatabase,
  candidates: readonly { table: RecordTable; existingId: string | null }[],
): Promise<Map<RecordTable, Map<string, AnyRecord>>> {
  const idsByTable = new Map<RecordTable, string[]>();
  for (const { table, existingId } of candidates) {
    if (!existingId) continue;
    const ids = idsByTable.get(table);
    if (ids) ids.push(existingId);
    else idsByTable.set(table, [existingId]);
  }
  const stored = new Map<RecordTable, Map<string, AnyRecord>>();
  for (const [table, ids] of idsByTable) stored.set(table, await getRecords<RecordTable>(db, table, ids));
  return stored;
}
