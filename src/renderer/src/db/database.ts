import Dexie, { type EntityTable } from 'dexie';
import type { HistoryEntry } from '@shared/model/history';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const defaultDatabaseName = 'silk-ledger';

/** Dexie stores version n as IndexedDB version 10 n. */
const DEXIE_VERSION_FACTOR = 10;

/**
 * A store written by a newer release. Since 4.0.1 Dexie opens such a store instead of failing with
 * IndexedDB's VersionError, and this release would then read and write pages in a layout it does
 * not know.
 */
export class NewerStoreError extends Error {
  override name = 'NewerStoreError';
  constructor(
    readonly storeVersion: number,
    readonly appVersion: number,
  ) {
    super(`The store is at schema version ${storeVersion}; this release knows versions up to ${appVersion}.`);
  }
}

async function refuseNewerStore(name: string, appVersion: number): Promise<void> {
  const stored = (await indexedDB.databases()).find((database) => database.name === name);
  // Floored: Dexie raises a store's version by one, within its schema version, when it adds a missing table.
  const storeVersion = Math.floor((stored?.version ?? 0) / DEXIE_VERSION_FACTOR);
  if (storeVersion > appVersion) throw new NewerStoreError(storeVersion, appVersion);
}

export class SilkLedgerDatabase extends Dexie {
  // Records live in pages (recordPages.ts), and the history of batches in chunks (historyChunks.ts).
  history!: EntityTable<HistoryEntry, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  private readonly appVersion: number;

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
    this.appVersion = Math.max(...versions.map(({ version }) => version));
  }

  /**
   * Checks the store's version before Dexie opens it: once open, Dexie would already have added the
   * tables this release has and the store lacks, raising its version.
   */
  override open() {
    return Dexie.Promise.resolve(refuseNewerStore(this.name, this.appVersion)).then(() => super.open());
  }
}
