import type { AnyRecord } from '../model/tables';
import { referencesOf } from '../model/references';
import { recordTables, type RecordOf, type RecordTable } from '../model/tables';
import type { ReportRecords } from './reportLookups';

/** Pointing records before the records they point at, so one pass follows every chain of links. */
const referenceOrder: RecordTable[] = [
  'annotations',
  'events',
  'deals',
  'observations',
  'indicators',
  'organizations',
  'sources',
];

/**
 * The records a report of one filtered table needs: the chosen rows in their order, the records they
 * point at (parties, sources, an event's deals, an indicator's observations) and the annotations on
 * any of them. Everything else is left out, so the summary's totals describe what the analyst chose.
 */
export function scopeReportRecords<T extends RecordTable>(all: ReportRecords, table: T, chosen: RecordOf<T>[]): ReportRecords {
  const included = new Map(recordTables.map((name) => [name, new Set<string>()]));
  const idsOf = (name: RecordTable) => included.get(name)!;
  for (const record of chosen) idsOf(table).add(record.id);
  // A report shows an indicator as its observations, so the two come together.
  for (const observation of all.observations) {
    if (idsOf('indicators').has(observation.indicatorId)) idsOf('observations').add(observation.id);
  }
  for (const name of referenceOrder) {
    for (const record of all[name] as AnyRecord[]) {
      if (!idsOf(name).has(record.id)) continue;
      for (const reference of referencesOf(name, record as RecordOf<typeof name>)) idsOf(reference.table).add(reference.id);
    }
  }
  if (table !== 'annotations') {
    const shown = (annotation: RecordOf<'annotations'>) => idsOf(annotation.targetTable).has(annotation.targetId);
    for (const annotation of all.annotations) if (shown(annotation)) idsOf('annotations').add(annotation.id);
  }
  const scoped = {} as Record<RecordTable, AnyRecord[]>;
  for (const name of recordTables) {
    scoped[name] = name === table ? chosen : (all[name] as AnyRecord[]).filter((record) => idsOf(name).has(record.id));
  }
  return scoped as ReportRecords;
}
