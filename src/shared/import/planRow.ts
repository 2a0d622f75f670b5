import isDeepEqual from 'fast-deep-equal';
import { recordLabels } from '../model/recordLabels';
import { recordSchemas } from '../model/tables';
import type { SheetRecord } from './detectHeader';
import { dealPlanner } from './dealPlanner';
import { eventPlanner } from './eventPlanner';
import { importFields } from './fieldSynonyms';
import { headerTextOf } from './headerCells';
import type { FileRecords, ImportTable, PlannedRecord, PlannedRow } from './importPlanTypes';
import type { KindPlanner } from './kindPlanner';
import { observationPlanner } from './observationPlanner';
import { organizationPlanner } from './organizationPlanner';
import { addProblem, hasProblemIn, readRowFields, type PlanContext, type RowFields } from './planContext';
import { applyUpdatePolicy, defaultUpdatePolicy } from './updatePolicy';

const planners: { [T in ImportTable]: KindPlanner<T> } = {
  deals: dealPlanner,
  organizations: organizationPlanner,
  observations: observationPlanner,
  events: eventPlanner,
};

const stamps = { createdAt: true, updatedAt: true, deletedAt: true } as const;
// The schemas without the timestamps the data layer adds, so a row is checked without copying it to stamp it.
const unstampedSchemas = {
  deals: recordSchemas.deals.omit(stamps),
  organizations: recordSchemas.organizations.omit(stamps),
  observations: recordSchemas.observations.omit(stamps),
  events: recordSchemas.events.omit(stamps),
};

export function plannerFor(table: ImportTable): KindPlanner<ImportTable> {
  return planners[table] as unknown as KindPlanner<ImportTable>;
}

/**
 * Plans one row on its own: reads its cells, builds its record over the stored one it matches, and
 * checks the result against the record schema. Its status is provisional; duplicates and the mode
 * are settled for the whole file by finishPlan, which is why a cell fix can re-plan a single row.
 */
export function planRow(row: SheetRecord, context: PlanContext): PlannedRow {
  const planner = plannerFor(context.input.kind);
  const fields = readRowFields(row, context);
  const built = planner.buildRecord(fields, context);
  const existing = built.existing as Record<string, unknown> | undefined;
  const record = built.record as PlannedRecord;
  const policy = context.input.options.updatePolicy ?? defaultUpdatePolicy;
  const keptChanges = existing ? applyUpdatePolicy(planner.table, existing, record, policy) : [];
  const changedFields = existing ? changedFieldsOf(existing, record) : [];
  if (!existing) reportMissingValues(fields, context, planner);
  // A stored record that the row leaves as it is was valid when stored; only what is written is checked.
  if (!existing || changedFields.length > 0) reportSchemaProblems(record, fields, context, planner);
  return {
    rowNumber: row.rowNumber,
    status: fields.problems.length > 0 ? 'rejected' : existing ? 'updated' : 'added',
    skipReason: null,
    problems: fields.problems,
    record,
    existingId: built.existing?.id ?? null,
    changedFields,
    keptChanges,
    matchKey: built.matchKey,
    needs: keptChanges.length > 0 ? stillReferenced(built.needs, record, context.fileRecords) : built.needs,
  };
}

/** The new records a row needs once the policy kept some of its values out: a party left out is not created. */
function stillReferenced(needs: readonly string[], record: PlannedRecord, fileRecords: FileRecords): string[] {
  const ids = new Set<string>();
  collectTexts(record, ids);
  const idOfNeed = (key: string): string | undefined => {
    if (key === 'source') return fileRecords.source?.id;
    if (key.startsWith('organization:')) return fileRecords.organizations.get(key.slice('organization:'.length))?.id;
    if (key.startsWith('indicator:')) return fileRecords.indicators.get(key.slice('indicator:'.length))?.id;
    if (key.startsWith('source:')) return fileRecords.citedSources.get(key.slice('source:'.length))?.id;
    return undefined;
  };
  return needs.filter((key) => {
    const id = idOfNeed(key);
    return id === undefined || ids.has(id);
  });
}

function collectTexts(value: unknown, texts: Set<string>): void {
  if (typeof value === 'string') texts.add(value);
  else if (Array.isArray(value)) for (const item of value) collectTexts(item, texts);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectTexts(item, texts);
}

function changedFieldsOf(existing: Record<string, unknown>, record: PlannedRecord): string[] {
  const changed: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (field !== 'id' && !isDeepEqual(existing[field], value)) changed.push(field);
  }
  return changed;
}

function fieldLabel(context: PlanContext, field: string): string {
  return importFields[context.input.kind].find((definition) => definition.field === field)?.label ?? field;
}

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** Required fields a new record lacks, named by the field rather than by the schema's wording. */
function reportMissingValues(fields: RowFields, context: PlanContext, planner: KindPlanner<ImportTable>): void {
  const one = recordLabels[planner.table].one;
  for (const field of planner.requiredFields) {
    const value = fields.values[field];
    if ((value !== undefined && value !== null) || hasProblemIn(fields, [field])) continue;
    const label = fieldLabel(context, field).toLowerCase();
    const message = context.columnOf.has(field)
      ? `The cell is empty, and every ${one} needs ${withArticle(label)}.`
      : `No column is mapped to ${label}, and every ${one} needs one.`;
    addProblem(fields, context, { field, code: 'missing-value', message, expected: withArticle(label) });
  }
}

/** Whatever else the schema refuses, pointed at the column the field was read from. */
function reportSchemaProblems(
  record: PlannedRecord,
  fields: RowFields,
  context: PlanContext,
  planner: KindPlanner<ImportTable>,
): void {
  const result = unstampedSchemas[planner.table].safeParse(record);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const sources = planner.sourceFields[String(issue.path[0] ?? '')] ?? [];
    if (hasProblemIn(fields, sources)) continue;
    const field = sources.find((source) => context.columnOf.has(source)) ?? sources[0] ?? null;
    const column = field === null ? undefined : context.columnOf.get(field);
    const cell = column === undefined ? null : (fields.cells[column] ?? null);
    const reason = issue.message.replace(/^expected /i, '');
    addProblem(fields, context, {
      field,
      code: 'invalid-value',
      message:
        cell === null
          ? `The value is not accepted: ${issue.message}.`
          : `“${headerTextOf(cell)}” is not accepted: ${issue.message}.`,
      expected: reason === issue.message ? 'a value Silk Ledger accepts here' : reason,
    });
  }
}
