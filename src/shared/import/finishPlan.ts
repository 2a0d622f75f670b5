import { recordLabels } from '../model/recordLabels';
import type { ColumnFormat } from './columnFormats';
import type { FileRecords, ImportPlan, ImportPlanInput, PlannedRow, PlannedRowStatus, RowProblem } from './importPlanTypes';
import { isIdMatchKey } from './kindPlanner';
import { organizationAliasUpdates } from './organizationAliasUpdates';
import { plannerFor } from './planRow';
import { citedSourceNeed } from './sourceCitations';
import { storedNotInFile } from './storedNotInFile';

/**
 * The file-wide pass over rows planned one by one: a row repeating an earlier row's key, or
 * updating the same stored record, is a duplicate; the mode decides which rows are written; the
 * new records the written rows need are collected. Cheap (no cell is read again), so it runs
 * again in full after every cell fix.
 */
export function finishPlan(
  input: ImportPlanInput,
  plannedRows: readonly PlannedRow[],
  columnFormats: ColumnFormat[],
  fileRecords: FileRecords,
  mappingProblems: string[],
): ImportPlan {
  const { mode } = input.options;
  const excluded = new Set(input.options.excludedRows ?? []);
  const planner = plannerFor(input.kind);
  const one = recordLabels[input.kind].one;
  const firstRowByKey = new Map<string, number>();
  const firstRowByTarget = new Map<string, number>();
  const needed = new Set<string>();
  const counts: Record<PlannedRowStatus, number> = {
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    skipped: input.skippedRowCount ?? 0,
  };

  const rows = plannedRows.map((planned): PlannedRow => {
    const problems = planned.problems.some(isDuplicateProblem)
      ? planned.problems.filter((p) => !isDuplicateProblem(p))
      : planned.problems;
    const row: PlannedRow = { ...planned, problems, skipReason: null };
    if (excluded.has(row.rowNumber)) {
      row.status = 'skipped';
      row.skipReason = 'excluded';
    } else if (problems.length > 0) {
      row.status = 'rejected';
    } else {
      const earlier =
        (row.matchKey && firstRowByKey.get(row.matchKey)) || (row.existingId && firstRowByTarget.get(row.existingId));
      if (earlier) {
        const reason = row.matchKey && firstRowByKey.get(row.matchKey) ? planner.sameness(isIdMatchKey(row.matchKey)) : null;
        row.problems = [...problems, duplicateProblem(row.rowNumber, earlier, one, reason)];
        row.status = 'rejected';
      } else {
        if (row.matchKey) firstRowByKey.set(row.matchKey, row.rowNumber);
        if (row.existingId) firstRowByTarget.set(row.existingId, row.rowNumber);
        classify(row, mode);
      }
    }
    counts[row.status]++;
    if (row.status === 'added' || row.status === 'updated') for (const key of row.needs) needed.add(key);
    return row;
  });

  return {
    kind: input.kind,
    table: input.kind,
    fileName: input.fileName,
    sheetName: input.sheetName,
    headers: input.headers,
    rows,
    newOrganizations: [...fileRecords.organizations]
      .filter(([key]) => needed.has(`organization:${key}`))
      .map(([, record]) => record),
    updatedOrganizations: organizationAliasUpdates(fileRecords, needed, input.existing.organizations),
    newIndicators: [...fileRecords.indicators].filter(([key]) => needed.has(`indicator:${key}`)).map(([, record]) => record),
    newSources: [
      ...(fileRecords.source && needed.has('source') ? [fileRecords.source] : []),
      ...[...fileRecords.citedSources].filter(([key]) => needed.has(citedSourceNeed(key))).map(([, record]) => record),
    ],
    counts,
    columnFormats,
    mappingProblems,
    fileRecords,
    storedNotInFile: storedNotInFile(input, rows),
  };
}

/** A valid, first-of-its-key row: new or stored, changed or not, and whether the mode lets it through. */
function classify(row: PlannedRow, mode: ImportPlanInput['options']['mode']): void {
  if (row.existingId === null) {
    row.status = mode === 'update-only' ? 'skipped' : 'added';
    row.skipReason = mode === 'update-only' ? 'not-in-store' : null;
  } else if (row.changedFields.length === 0) {
    row.status = 'unchanged';
  } else {
    row.status = mode === 'add-only' ? 'skipped' : 'updated';
    row.skipReason = mode === 'add-only' ? 'exists' : null;
  }
}

function isDuplicateProblem(problem: RowProblem): boolean {
  return problem.code === 'duplicate-row';
}

function duplicateProblem(rowNumber: number, earlier: number, one: string, sameness: string | null): RowProblem {
  const message = sameness
    ? `This row has ${sameness} as row ${earlier}, so it describes the same ${one}; only row ${earlier} is imported.`
    : `This row updates the same stored ${one} as row ${earlier}; only row ${earlier} is imported.`;
  return { rowNumber, column: null, field: null, code: 'duplicate-row', message, expected: `each ${one} once in the file` };
}
