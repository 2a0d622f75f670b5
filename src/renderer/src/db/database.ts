import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '@shared/model/annotation';
import type { Deal } from '@shared/model/deal';
import type { EventRecord } from '@shared/model/event';
import type { HistoryEntry } from '@shared/model/history';
import type { Indicator, Observation } from '@shared/model/indicator';
import type { Organization } from '@shared/model/organization';
import type { Source } from '@shared/model/source';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const defaultDatabaseName = 'silk-ledger';

export class SilkLedgerDatabase extends Dexie {
  organizations!: EntityTable<Organization, 'id'>;
  deals!: EntityTable<Deal, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  observations!: EntityTable<Observation, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  /** `versions` is only narrowed by the migration tests, to create databases as older releases did. */
  constructor(name = defaultDatabaseName, versions: SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
