import { externalIdKey } from '../model/externalId';
import type { Indicator } from '../model/indicator';
import type { RecordOf } from '../model/tables';
import type { PartialDate } from '../values/partialDate.schema';
import type { ExistingRecords, ImportTable } from './importPlanTypes';
import { buildOrganizationMatcher, type OrganizationMatcher } from './matchOrganizations';
import { normalizeHeaderText } from './normalizeHeader';

/** The store's records as an import looks them up: by id, by external id, by natural key, organizations by name. */
export interface StoreIndex<T extends ImportTable = ImportTable> {
  organizations: OrganizationMatcher;
  byId: Map<string, RecordOf<T>>;
  /** Deals and organizations by each of their external ids (`externalIdKey`). */
  byExternalId: Map<string, RecordOf<T>>;
  byNaturalKey: Map<string, RecordOf<T>>;
  indicatorsByKey: Map<string, Indicator>;
}

// Keyed by the `existing` object, so a cell fix re-planning one row does not index the store again.
const cache = new WeakMap<ExistingRecords, Map<ImportTable, StoreIndex>>();

export function storeIndexFor<T extends ImportTable>(
  existing: ExistingRecords,
  table: T,
  naturalKeyOf: (record: RecordOf<T>) => string | null,
): StoreIndex<T> {
  const forExisting = cache.get(existing) ?? new Map<ImportTable, StoreIndex>();
  cache.set(existing, forExisting);
  const cached = forExisting.get(table);
  if (cached) return cached as StoreIndex<T>;

  const records = existing[table] as readonly RecordOf<T>[];
  const byId = new Map<string, RecordOf<T>>();
  const byNaturalKey = new Map<string, RecordOf<T>>();
  const byExternalId = new Map<string, RecordOf<T>>();
  for (const record of records) {
    byId.set(record.id, record);
    if ('externalIds' in record) {
      for (const externalId of record.externalIds) {
        const key = externalIdKey(externalId);
        if (!byExternalId.has(key)) byExternalId.set(key, record);
      }
    }
    const key = naturalKeyOf(record);
    // The first stored record keeps a key two records share; matching one of them is all an import can do.
    if (key !== null && !byNaturalKey.has(key)) byNaturalKey.set(key, record);
  }
  const indicatorsByKey = new Map<string, Indicator>();
  if (table === 'observations') {
    for (const indicator of existing.indicators) {
      const key = indicatorKey(indicator.name);
      if (!indicatorsByKey.has(key)) indicatorsByKey.set(key, indicator);
    }
  }
  const index: StoreIndex<T> = {
    organizations: buildOrganizationMatcher(existing.organizations),
    byId,
    byExternalId,
    byNaturalKey,
    indicatorsByKey,
  };
  forExisting.set(table, index as unknown as StoreIndex);
  return index;
}

// Text outside printable ASCII takes the full normalization; the shortcut below equals it only for ASCII.
const nonAscii = /[^\u0020-\u007e\t\n\r]/;

/**
 * Names compared as header keys compare them (case, punctuation and Cyrillic/Latin script do not
 * count). Most titles are plain English, and for those the same key comes far cheaper.
 */
function nameKey(name: string): string {
  if (nonAscii.test(name)) return normalizeHeaderText(name);
  return name
    .toLowerCase()
    .replace(/['`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A blank name gives no key: such a row is never matched (Grist #1162). */
export function dealNaturalKey(title: string, date: PartialDate | null, partyIds: readonly string[]): string | null {
  const titleKey = nameKey(title);
  if (titleKey === '') return null;
  return `${titleKey}|${date?.start ?? ''}|${[...partyIds].sort().join(',')}`;
}

export function eventNaturalKey(name: string, date: PartialDate | null): string | null {
  const key = nameKey(name);
  return key === '' ? null : `${key}|${date?.start ?? ''}`;
}

export function observationNaturalKey(indicatorId: string, period: PartialDate | null, basis: string): string | null {
  if (indicatorId === '' || !period) return null;
  return `${indicatorId}|${period.start}|${period.end}|${basis}`;
}

export function indicatorKey(name: string): string {
  return nameKey(name);
}
