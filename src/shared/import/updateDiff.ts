import isDeepEqual from 'fast-deep-equal';
import { fieldLabelOf, fieldValueText, type RecordNames } from './fieldValueText';
import type { ImportPlan, ImportPlanInput, KeptChange, PlannedRow, PlannedRowStatus } from './importPlanTypes';
import { storedRecordTitles, type StoredRecord } from './storedNotInFile';
import { fieldParts } from './updatePolicy';

/** Matched records whose differences the preview lists; the rest are counted. */
export const updatesShown = 200;

/** One field of a stored record as the import finds it and as the row has it. */
export interface FieldChange {
  field: string;
  label: string;
  current: string;
  incoming: string;
  /** Null when the import writes the row's value; otherwise why the stored value stays. */
  kept: KeptChange['reason'] | null;
}

/** A matched row whose values differ from its stored record's. */
export interface RecordUpdate {
  rowNumber: number;
  /** The stored record's title: its name, title, or an observation's indicator and period. */
  title: string;
  status: PlannedRowStatus;
  changes: FieldChange[];
}

export interface UpdateDiff {
  /** Matched rows with any difference, written or kept. */
  count: number;
  /** The first `updatesShown` of them, in sheet order. */
  updates: RecordUpdate[];
}

/**
 * For each row that updates a stored record, or would if the update policy let it, every field that
 * differs: the stored value and the row's as text, and whether the import writes it. What the
 * analyst sees before choosing "fill empty fields only" or "overwrite".
 */
export function updateDiffOf(plan: ImportPlan, input: ImportPlanInput): UpdateDiff {
  const differing = plan.rows.filter(
    (row) =>
      row.existingId !== null &&
      (row.status === 'updated' || row.status === 'unchanged') &&
      row.changedFields.length + row.keptChanges.length > 0,
  );
  if (differing.length === 0) return { count: 0, updates: [] };
  const records: readonly StoredRecord[] = input.existing[input.kind];
  const stored = new Map(records.map((record) => [record.id, record]));
  const titleOf = storedRecordTitles(input);
  const names = recordNames(plan, input);
  const updates = differing.slice(0, updatesShown).flatMap((row): RecordUpdate[] => {
    const record = stored.get(row.existingId as string);
    if (!record) return [];
    const before = record as Record<string, unknown>;
    const changes = [...writtenChanges(row, before, input, names), ...keptChanges(row, before, input, names)];
    const order = Object.keys(before);
    changes.sort((a, b) => order.indexOf(a.field.split('.')[0]) - order.indexOf(b.field.split('.')[0]));
    return [{ rowNumber: row.rowNumber, title: titleOf(record), status: row.status, changes }];
  });
  return { count: differing.length, updates };
}

function writtenChanges(
  row: PlannedRow,
  before: Record<string, unknown>,
  input: ImportPlanInput,
  names: RecordNames,
): FieldChange[] {
  const after = row.record as Record<string, unknown>;
  return row.changedFields.flatMap((field) => {
    const parts = fieldParts[input.kind]?.[field];
    if (!parts) return [change(input, field, before[field], after[field], null, names)];
    return parts.flatMap((part) => {
      const current = partOf(before[field], part);
      const incoming = partOf(after[field], part);
      const path = `${field}.${part}`;
      return isDeepEqual(current, incoming) ? [] : [change(input, path, current, incoming, null, names)];
    });
  });
}

function keptChanges(
  row: PlannedRow,
  before: Record<string, unknown>,
  input: ImportPlanInput,
  names: RecordNames,
): FieldChange[] {
  return row.keptChanges.map((kept) => {
    const [field, part] = kept.field.split('.');
    const current = part === undefined ? before[field] : partOf(before[field], part);
    return change(input, kept.field, current, kept.incoming, kept.reason, names);
  });
}

function partOf(value: unknown, part: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : null;
}

function change(
  input: ImportPlanInput,
  field: string,
  current: unknown,
  incoming: unknown,
  kept: FieldChange['kept'],
  names: RecordNames,
): FieldChange {
  return {
    field,
    label: fieldLabelOf(input.kind, field),
    current: fieldValueText(field, current, names),
    incoming: fieldValueText(field, incoming, names),
    kept,
  };
}

/** Names of stored records and of those the file would create, so a party reads "Huawei", not its id. */
function recordNames(plan: ImportPlan, input: ImportPlanInput): RecordNames {
  const { existing } = input;
  const { fileRecords } = plan;
  const organizations = new Map<string, string>();
  for (const organization of existing.organizations) organizations.set(organization.id, organization.name);
  for (const organization of fileRecords.organizations.values()) organizations.set(organization.id, organization.name);
  const sources = new Map<string, string>();
  for (const source of existing.sources ?? []) sources.set(source.id, source.title);
  if (fileRecords.source) sources.set(fileRecords.source.id, fileRecords.source.title);
  const others = new Map<string, string>();
  for (const deal of existing.deals) others.set(deal.id, deal.title);
  for (const indicator of [...existing.indicators, ...fileRecords.indicators.values()]) others.set(indicator.id, indicator.name);
  for (const event of existing.events) others.set(event.id, event.name);
  return {
    organizationName: (id) => organizations.get(id) ?? id,
    sourceTitle: (id) => sources.get(id) ?? id,
    recordName: (id) => organizations.get(id) ?? others.get(id) ?? id,
  };
}
