import type { Transaction } from 'dexie';
import type { AnyRecord, RecordTable } from '@shared/model/tables';
import type { HistoryEntry } from '@shared/model/history';
import { historyChunkStoreName, writeHistoryChunks } from './historyChunks';
import { writeRecords } from './recordPages';

/**
 * Every schema version of the store, oldest first. Never edit a published version: add a new one
 * with its upgrade, and a fixture for the old one in schemaVersions.test.ts.
 *
 * Indexes are few on purpose: each secondary index roughly doubles the cost of storing a row, and
 * tables of 100,000 deals are filtered and sorted in memory anyway. Since version 2 records are
 * stored in pages found from the id (recordPages.ts); only single history entries are indexed (by
 * record and batch), and history chunks by batch.
 */
export interface SchemaVersion {
  version: number;
  /** Date the version was introduced and why. */
  note: string;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    note: '2026-11-25: first store: analyst records, annotations, history and settings.',
    stores: {
      organizations: 'id',
      deals: 'id',
      indicators: 'id',
      observations: 'id, indicatorId',
      events: 'id',
      sources: 'id',
      annotations: 'id, targetId',
      history: 'id, recordId, batchId',
      meta: 'key',
    },
  },
  {
    version: 2,
    note:
      '2026-12: records in pages (recordPages.ts) and the history of batches in chunks (historyChunks.ts), ' +
      'so 100,000 deals are read and written in a few hundred IndexedDB values. The indexes on ' +
      'observations.indicatorId and annotations.targetId go: records in pages are looked up in memory.',
    stores: {
      organizations: null,
      deals: null,
      indicators: null,
      observations: null,
      events: null,
      sources: null,
      annotations: null,
      organizationPages: 'page',
      dealPages: 'page',
      indicatorPages: 'page',
      observationPages: 'page',
      eventPages: 'page',
      sourcePages: 'page',
      annotationPages: 'page',
      [historyChunkStoreName]: '[page+batchId], batchId',
    },
    upgrade: upgradeToPages,
  },
];

/**
 * Version 1 to 2: every record moves into its page, and every history entry of a batch into its
 * chunk; entries of no batch stay where they are. Dexie removes the old record stores after this
 * has run, in the same upgrade transaction, so a failure leaves the version 1 store untouched.
 */
async function upgradeToPages(transaction: Transaction): Promise<void> {
  // The tables of version 1, spelled out: this upgrade must not change when a table is added later.
  const version1Tables: RecordTable[] = [
    'organizations',
    'deals',
    'indicators',
    'observations',
    'events',
    'sources',
    'annotations',
  ];
  for (const table of version1Tables) {
    const records = (await transaction.table(table).toArray()) as AnyRecord[];
    await writeRecords(transaction, table, records, 'add');
  }
  const history = transaction.table<HistoryEntry, string>('history');
  // Entries of no batch are not in the batchId index, so ordering by it yields exactly the batched ones.
  const batched = await history.orderBy('batchId').toArray();
  await writeHistoryChunks(transaction, batched);
  await history.bulkDelete(batched.map((entry) => entry.id));
}

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1].version;
