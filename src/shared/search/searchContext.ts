import type { Annotation } from '../model/annotation';
import { labelOf } from '../model/labels';
import type { AnyRecord, RecordOf, RecordTable } from '../model/tables';
import { recordTables } from '../model/tables';
import { formatPartialDate } from '../values/partialDate';
import type { PartialDate } from '../values/partialDate.schema';

export type SearchableRecords = { [T in RecordTable]: RecordOf<T>[] };

/**
 * What a record's search text needs beyond the record: the records it links to and the notes written
 * on it. It also remembers formatted labels, dates and names, since 100,000 deals repeat a few thousand
 * of them and formatting each afresh is a large share of building the index.
 */
export interface SearchContext {
  recordsById: Map<string, { table: RecordTable; record: AnyRecord }>;
  annotationsByTarget: Map<string, Annotation[]>;
  /** "Beeline, also known as Unitel": how a linked organization is found by any of its names. */
  organizationNames: Map<string, string>;
  labels: Map<string, string>;
  dates: Map<string, string>;
}

export function* buildSearchContextInSteps(records: SearchableRecords, stepSize: number): Generator<void, SearchContext> {
  const recordsById = new Map<string, { table: RecordTable; record: AnyRecord }>();
  // In steps: at 100,000 deals one pass over every record is too long a task for one idle turn.
  for (const table of recordTables) {
    for (const record of records[table]) {
      recordsById.set(record.id, { table, record });
      if (recordsById.size % stepSize === 0) yield;
    }
  }
  const annotationsByTarget = new Map<string, Annotation[]>();
  for (const annotation of records.annotations) {
    const onTarget = annotationsByTarget.get(annotation.targetId);
    if (onTarget) onTarget.push(annotation);
    else annotationsByTarget.set(annotation.targetId, [annotation]);
  }
  const organizationNames = new Map<string, string>();
  for (const { id, name, aliases } of records.organizations) {
    organizationNames.set(id, aliases.length > 0 ? `${name}, also known as ${aliases.join(', ')}` : name);
  }
  return { recordsById, annotationsByTarget, organizationNames, labels: new Map(), dates: new Map() };
}

/** The record behind a link, if it is among the records searched and of the expected table. */
export function linkedRecord<T extends RecordTable>(context: SearchContext, table: T, id: string): RecordOf<T> | undefined {
  const linked = context.recordsById.get(id);
  return linked?.table === table ? (linked.record as RecordOf<T>) : undefined;
}

/** `labelOf`, remembered: "in-progress" → "In progress". */
export function labelText(context: SearchContext, code: string): string {
  let label = context.labels.get(code);
  if (label === undefined) context.labels.set(code, (label = labelOf(code)));
  return label;
}

/** `formatPartialDate`, remembered: "25 Jun 2015", "Q2 2025". */
export function dateText(context: SearchContext, date: PartialDate | null): string {
  if (!date) return '';
  // An estimate is written differently ("c. 2021") from the exact date of the same span.
  const key = `${date.approximate ? 'c' : ''}${date.unit}${date.start}${date.end}`;
  let text = context.dates.get(key);
  if (text === undefined) context.dates.set(key, (text = formatPartialDate(date)));
  return text;
}
