import { describeColumn } from './columnLabel';
import type { ImportPlan, RowProblem } from './importPlanTypes';

/**
 * One problem as the analyst reads it: "Row 14, column D (Signed): “31/02/2024” is not a date —
 * February 2024 has no day 31 (it has 29 days). Expected a date such as 25 June 2015, 2015-06-25 or Q2 2025."
 */
export function describeProblem(problem: RowProblem, headers: readonly string[]): string {
  return `Row ${problem.rowNumber}${problemPlace(problem, headers)}: ${problemSentence(problem)}`;
}

/** The problem without its row number, for a sheet that already shows the row: "column D (Signed): …". */
export function describeProblemInRow(problem: RowProblem, headers: readonly string[]): string {
  const place = problemPlace(problem, headers).replace(/^, /, '');
  return place ? `${place}: ${problemSentence(problem)}` : problemSentence(problem);
}

/** Every problem of the plan, mapping problems first, then row by row: one line each. */
export function problemsAsText(plan: ImportPlan): string {
  const lines = [...plan.mappingProblems];
  for (const row of plan.rows) for (const problem of row.problems) lines.push(describeProblem(problem, plan.headers));
  return lines.join('\n');
}

function problemPlace(problem: RowProblem, headers: readonly string[]): string {
  return problem.column === null ? '' : `, ${describeColumn(problem.column, headers)}`;
}

function problemSentence(problem: RowProblem): string {
  return `${problem.message} Expected ${problem.expected}.`;
}
