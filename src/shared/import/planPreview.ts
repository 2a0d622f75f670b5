import type { ColumnFormat } from './columnFormats';
import type { ImportRecordKind } from './fieldSynonyms';
import type { ColumnMapping } from './importFieldTypes';
import type { ImportPlan, ImportPlanInput, ImportTable, PlannedRow, PlannedRowStatus } from './importPlanTypes';
import { describeProblem } from './importProblemText';
import { reconcileOrganizations, type OrganizationReconciliation } from './organizationReconciliation';
import { describeStoredNotInFile, type StoredNotInFile } from './storedNotInFile';
import { updateDiffOf, type UpdateDiff } from './updateDiff';
import { findUnknownValues, type FieldUnknownValues } from './unknownValues';
import type { CellValue } from './workbookTypes';

/** Enough rows to judge the mapping. */
export const firstRowsShown = 100;
/** Rows that need the analyst's decision beyond the first ones; the rest are skipped in one go or downloaded. */
export const decisionRowsShown = 500;
export const problemsShown = 500;

/** How many rows the problems of one column reject, for the mapping step's warning above the list. */
export interface ColumnRejections {
  column: number;
  field: string | null;
  rejectedRows: number;
  /** The column's first problem, quoting its cell: "“soon” is not a date." */
  firstProblem: string;
}

export interface PreviewRow {
  rowNumber: number;
  status: PlannedRowStatus;
  /** Rejected or left out by the analyst: the row needs a fix or a skip. */
  needsDecision: boolean;
  /** Columns whose cells are wrong, each open for a fix. */
  problemColumns: number[];
  /** The row's cells in the mapped columns, in the order of `PlanPreview.mapping`. */
  cells: CellValue[];
}

/** What the import dialog shows of a plan: its counts, findings and a few hundred rows, never every row. */
export interface PlanPreview {
  /** Names the plan in the worker, so the commit writes exactly the plan on screen. */
  planId: number;
  kind: ImportRecordKind;
  table: ImportTable;
  headers: readonly string[];
  mapping: readonly ColumnMapping[];
  counts: Record<PlannedRowStatus, number>;
  mappingProblems: string[];
  columnFormats: ColumnFormat[];
  rowCount: number;
  /** The first rows, then every row that needs a decision, up to `decisionRowsShown` of those. */
  rows: PreviewRow[];
  /** All rejected rows, so they can be skipped in one go however many there are. */
  rejectedRowNumbers: number[];
  /** Rejected rows and rows the analyst left out: what "Download skipped rows" holds. */
  leftBehindCount: number;
  /** The first `problemsShown` problems as sentences naming row and column. */
  problems: string[];
  problemCount: number;
  /** Every column with a problem in a rejected row, in column order, counted over the whole plan. */
  rejectionsByColumn: ColumnRejections[];
  /** Organization names the store does not know: what the import does with each, and the closest stored ones. */
  organizationReconciliation: OrganizationReconciliation;
  /** Each matched record's fields that differ, stored value beside the row's, and which the import writes. */
  updates: UpdateDiff;
  /** Stored records of this kind a keyed file does not mention: listed, never deleted. */
  storedNotInFile: StoredNotInFile;
  /** Per kind, status, country or currency field: the values it does not know, for one choice each. */
  unknownValues: FieldUnknownValues[];
}

export function previewOfPlan(planId: number, plan: ImportPlan, input: ImportPlanInput): PlanPreview {
  const cellsByRow = new Map(input.rows.map((row) => [row.rowNumber, row.cells]));
  const rows: PreviewRow[] = [];
  const rejectedRowNumbers: number[] = [];
  const problems: string[] = [];
  let problemCount = 0;
  let leftBehindCount = 0;
  let decisionsShown = 0;
  const rejections = new Map<number, ColumnRejections>();
  plan.rows.forEach((row, index) => {
    const needsDecision = needsDecisionOf(row);
    if (row.status === 'rejected') {
      rejectedRowNumbers.push(row.rowNumber);
      countRejections(rejections, row);
    }
    if (needsDecision) leftBehindCount++;
    for (const problem of row.problems) {
      if (problemCount++ < problemsShown) problems.push(describeProblem(problem, plan.headers));
    }
    const shown = index < firstRowsShown || (needsDecision && decisionsShown++ < decisionRowsShown);
    if (shown) rows.push(previewRow(row, needsDecision, input.mapping, cellsByRow.get(row.rowNumber) ?? []));
  });
  return {
    planId,
    kind: plan.kind,
    table: plan.table,
    headers: plan.headers,
    mapping: input.mapping,
    counts: plan.counts,
    mappingProblems: plan.mappingProblems,
    columnFormats: plan.columnFormats,
    rowCount: plan.rows.length,
    rows,
    rejectedRowNumbers,
    leftBehindCount,
    problems,
    problemCount,
    rejectionsByColumn: [...rejections.values()].sort((a, b) => a.column - b.column),
    organizationReconciliation: reconcileOrganizations(plan, input),
    updates: updateDiffOf(plan, input),
    storedNotInFile: describeStoredNotInFile(plan.storedNotInFile, input),
    unknownValues: findUnknownValues(input),
  };
}

/** A row with two problems in one column rejects it once. */
function countRejections(rejections: Map<number, ColumnRejections>, row: PlannedRow): void {
  const seen = new Set<number>();
  for (const problem of row.problems) {
    if (problem.column === null || seen.has(problem.column)) continue;
    seen.add(problem.column);
    const counted = rejections.get(problem.column);
    if (counted) counted.rejectedRows++;
    else {
      rejections.set(problem.column, {
        column: problem.column,
        field: problem.field,
        rejectedRows: 1,
        firstProblem: problem.message,
      });
    }
  }
}

function needsDecisionOf(row: PlannedRow): boolean {
  return row.status === 'rejected' || row.skipReason === 'excluded';
}

function previewRow(
  row: PlannedRow,
  needsDecision: boolean,
  mapping: readonly ColumnMapping[],
  cells: readonly CellValue[],
): PreviewRow {
  const problemColumns =
    row.status === 'rejected' ? row.problems.flatMap((problem) => (problem.column === null ? [] : [problem.column])) : [];
  return {
    rowNumber: row.rowNumber,
    status: row.status,
    needsDecision,
    problemColumns,
    cells: mapping.map(({ column }) => cells[column] ?? null),
  };
}
