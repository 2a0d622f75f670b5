import { recordLabels } from '../model/recordLabels';
import { cleanCellText } from './cleanCellText';
import { detectColumnFormats } from './columnFormats';
import { describeColumn } from './columnLabel';
import { importFields } from './fieldSynonyms';
import { finishPlan } from './finishPlan';
import { fieldTypeOf } from './importFieldTypes';
import type { FileRecords, ImportPlan, ImportPlanInput } from './importPlanTypes';
import { createPlanContext, type PlanContext } from './planContext';
import { plannerFor, planRow } from './planRow';
import { storeIndexFor } from './storeIndex';

/**
 * What importing a sheet would do, row by row, without writing anything: which rows add records,
 * which update stored ones (and which fields), which change nothing, and which are refused and
 * why, cell by cell. Pure, so it runs in the import worker; linear in the rows and the store.
 */
export function buildImportPlan(input: ImportPlanInput): ImportPlan {
  const columnFormats = detectColumnFormats(input.rows, input.mapping, { kind: input.kind, headers: input.headers });
  const fileRecords: FileRecords = {
    organizations: new Map(),
    organizationNames: new Map(),
    indicators: new Map(),
    source: null,
    citedSources: new Map(),
  };
  const context = contextFor(input, columnFormats, fileRecords);
  const rows = input.rows.map((row) => planRow(row, context));
  return finishPlan(input, rows, columnFormats, fileRecords, mappingProblemsOf(input));
}

/**
 * Re-plans after the analyst corrects one cell in the preview. Only the edited row is read again,
 * with the column formats and the file's new records (and their ids) of the plan it corrects; the
 * file-wide pass then runs in full, so duplicates, counts and new organizations stay consistent.
 * Returns the corrected input too: pass it to the next fix and to buildSkippedRowsWorkbook.
 * Changing a column's format or the mode is a different question: build the plan again.
 */
export function applyCellFix(
  plan: ImportPlan,
  input: ImportPlanInput,
  rowNumber: number,
  column: number,
  newText: string,
): { plan: ImportPlan; input: ImportPlanInput } {
  const index = input.rows.findIndex((row) => row.rowNumber === rowNumber);
  if (index === -1 || plan.rows[index]?.rowNumber !== rowNumber) {
    throw new RangeError(`Row ${rowNumber} is not a row of this plan.`);
  }
  const cells = input.rows[index].cells.slice();
  cells[column] = cleanCellText(newText);
  const rows = input.rows.slice();
  rows[index] = { rowNumber, cells };
  const corrected: ImportPlanInput = { ...input, rows };

  const fileRecords: FileRecords = {
    organizations: new Map(plan.fileRecords.organizations),
    organizationNames: new Map(plan.fileRecords.organizationNames),
    indicators: new Map(plan.fileRecords.indicators),
    source: plan.fileRecords.source,
    citedSources: new Map(plan.fileRecords.citedSources),
  };
  const context = contextFor(corrected, plan.columnFormats, fileRecords);
  const plannedRows = plan.rows.slice();
  plannedRows[index] = planRow(rows[index], context);
  return {
    plan: finishPlan(corrected, plannedRows, plan.columnFormats, fileRecords, plan.mappingProblems),
    input: corrected,
  };
}

function contextFor(input: ImportPlanInput, columnFormats: ImportPlan['columnFormats'], fileRecords: FileRecords): PlanContext {
  const planner = plannerFor(input.kind);
  const store = storeIndexFor(input.existing, planner.table, planner.naturalKeyOf);
  return createPlanContext(input, columnFormats, fileRecords, store);
}

/** Sentences about the mapping itself: fields the kind does not have, required fields with no column. */
function mappingProblemsOf(input: ImportPlanInput): string[] {
  const problems: string[] = [];
  const { one } = recordLabels[input.kind];
  for (const { column, field } of input.mapping) {
    if (!fieldTypeOf(input.kind, field)) {
      problems.push(`A ${one} has no field “${field}”, so ${describeColumn(column, input.headers)}, mapped to it, is left out.`);
    }
  }
  const mapped = new Set(input.mapping.map((entry) => entry.field));
  for (const field of plannerFor(input.kind).requiredFields) {
    if (mapped.has(field)) continue;
    const label = importFields[input.kind].find((definition) => definition.field === field)?.label ?? field;
    problems.push(
      `No column is mapped to ${label}; every ${one} needs one, so every new row will be refused. Map a column to ${label}.`,
    );
  }
  return problems;
}
