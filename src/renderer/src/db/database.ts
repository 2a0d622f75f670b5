import Dexie, { type EntityTable } from 'dexie';
import type { HistoryEntry } from '@shared/model/history';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const defaultDatabaseName = 'silk-ledger';

export class SilkLedgerDatabase extends Dexie {
  // Records live in pages (recordPages.ts), and the history of batches in chunks (historyChunks.ts).
  history!: EntityTable<HistoryEntry, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  /** `versions` is only narrowed by the migration tests, to create databases as older releases did. */
  constructor(name = defaultDatabaseName, versions: SchemaVersion[] = schemaVersions) {
    // Live query results are shared, not deep-cloned for every subscriber and re-run: nothing
    // mutates what the store returns (Dexie freezes each returned value to keep it that way), and
    // cloning 100,000 records on each change cost as much as reading them.
    super(name, { cache: 'immutable' });
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
