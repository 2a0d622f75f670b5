import type { Observation } from '../model/indicator';
import { recordTitle } from '../model/recordTitle';
import { formatPartialDate } from '../values/partialDateFormat';
import type { ImportPlanInput, PlannedRow } from './importPlanTypes';

/** Titles the preview lists by name; the rest are counted. */
export const storedNotInFileShown = 100;

/** What the preview says of the stored records a keyed file leaves out. */
export interface StoredNotInFile {
  count: number;
  /** The first `storedNotInFileShown`, in store order. */
  titles: string[];
}

/**
 * Stored records of the file's kind that no row matched. Only a keyed file says anything about them
 * (one of its rows matched a stored record by id or natural key); a file of new records does not.
 * Observations are compared within the indicators the file has figures for, since a file of one
 * series says nothing about the others. Listed for the analyst, never deleted.
 */
export function storedNotInFile(input: ImportPlanInput, rows: readonly PlannedRow[]): string[] {
  const matched = new Set<string>();
  for (const row of rows) if (row.existingId !== null) matched.add(row.existingId);
  if (matched.size === 0) return [];
  const stored: readonly { id: string }[] = input.existing[input.kind];
  if (input.kind === 'observations') {
    const indicators = new Set(rows.map((row) => (row.record as Observation).indicatorId));
    return input.existing.observations
      .filter((observation) => indicators.has(observation.indicatorId) && !matched.has(observation.id))
      .map((observation) => observation.id);
  }
  return stored.filter((record) => !matched.has(record.id)).map((record) => record.id);
}

export function describeStoredNotInFile(ids: readonly string[], input: ImportPlanInput): StoredNotInFile {
  const shown = new Set(ids.slice(0, storedNotInFileShown));
  const titleOf = storedRecordTitles(input);
  const stored: readonly StoredRecord[] = input.existing[input.kind];
  return { count: ids.length, titles: stored.filter((record) => shown.has(record.id)).map(titleOf) };
}

export type StoredRecord = ImportPlanInput['existing'][ImportPlanInput['kind']][number];

/** How the preview names a stored record of the file's kind; an observation by its indicator and period. */
export function storedRecordTitles(input: ImportPlanInput): (record: StoredRecord) => string {
  if (input.kind !== 'observations') return recordTitle;
  const indicatorNames = new Map(input.existing.indicators.map((indicator) => [indicator.id, indicator.name]));
  return (record) => {
    const observation = record as Observation;
    return `${indicatorNames.get(observation.indicatorId) ?? 'Indicator'}, ${formatPartialDate(observation.period)}`;
  };
}
