import type { HistoryEntry } from '@shared/model/history';
import { recordSchemas, type AnyRecord, type RecordTable } from '@shared/model/tables';
import type { ImportPlan } from '@shared/import/importPlanTypes';
import { asDataResult, issuesFromZod, rejection, type DataResult } from './dataErrors';
import type { SilkLedgerDatabase } from './database';

export interface ImportBatch {
  batchId: string;
  fileName: string;
  sheetName: string;
  at: string;
  actor: string;
  counts: ImportPlan['counts'];
}

export const importBatchKey = (batchId: string) => `import-batch:${batchId}`;

interface CommitOptions {
  actor: string;
  now: string;
  newId: () => string;
}

/**
 * Writes every accepted row of an import plan, and the organizations, indicators and source it
 * introduces, in one transaction: all of it lands or none of it does. Each written record gets a
 * history entry carrying the batch id, so the whole import can be undone as one batch.
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

  return asDataResult(() =>
    db.transaction('rw', [db.table(plan.table), db.organizations, db.indicators, db.sources, db.history, db.meta], async () => {
      const introduced: Array<[RecordTable, object[]]> = [
        ['organizations', plan.newOrganizations],
        ['indicators', plan.newIndicators],
        ['sources', plan.newSources],
      ];
      for (const [table, inputs] of introduced) {
        const records = inputs.map((input) => validated(table, { ...input, ...stamp }, null));
        await db.table(table).bulkAdd(records);
        for (const record of records) history.push(entry(table, null, record));
      }
      const added: AnyRecord[] = [];
      const updated: AnyRecord[] = [];
      for (const row of plan.rows) {
        if (row.status === 'added') {
          const record = validated(plan.table, { ...(row.record as object), ...stamp }, row.rowNumber);
          added.push(record);
          history.push(entry(plan.table, null, record));
        } else if (row.status === 'updated' && row.existingId) {
          const before = (await db.table(plan.table).get(row.existingId)) as AnyRecord | undefined;
          if (!before)
            throw rejection(`The import was not written: the record row ${row.rowNumber} updates was deleted meanwhile`);
          const record = validated(
            plan.table,
            { ...(row.record as object), id: before.id, createdAt: before.createdAt, updatedAt: options.now, deletedAt: null },
            row.rowNumber,
          );
          updated.push(record);
          history.push(entry(plan.table, before, record));
        }
      }
      await db.table(plan.table).bulkAdd(added);
      await db.table(plan.table).bulkPut(updated);
      await db.history.bulkAdd(history);
      const batch: ImportBatch = {
        batchId,
        fileName: plan.fileName,
        sheetName: plan.sheetName,
        at: options.now,
        actor: options.actor,
        counts: plan.counts,
      };
      await db.meta.put({ key: importBatchKey(batchId), value: batch });
      return batch;
    }),
  );
}
