import type { Transaction } from 'dexie';

/**
 * Every schema version of the store, oldest first. Never edit a published version: add a new one
 * with its upgrade, and a fixture for the old one in schemaVersions.test.ts.
 *
 * Indexes are few on purpose: each secondary index roughly doubles the cost of storing a row, and
 * tables of 100,000 deals are filtered and sorted in memory anyway. Only look-ups that the app makes
 * by key at scale are indexed: an indicator's observations, a record's annotations and history.
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
];

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1].version;
