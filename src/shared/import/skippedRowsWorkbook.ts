import type { TableCell } from '../report/tableCells';
import { buildTableWorkbook } from '../report/tableWorkbook';
import * as XLSX from 'xlsx';
import type { SheetRecord } from './detectHeader';
import { headerTextOf } from './headerCells';
import { describeProblemInRow } from './importProblemText';
import type { ImportPlan } from './importPlanTypes';
import type { CellValue } from './workbookTypes';

/**
 * The rows an import leaves behind (refused, or left out by the analyst) with their original cells,
 * an "Error" column saying what to fix and an "Excel row" column pointing back at the source file,
 * so the analyst can correct them in Excel and import this workbook. The extra columns come last,
 * so the original columns keep their letters. Text that starts with = + - @ stays text
 * (buildTableWorkbook), never a formula.
 */
export function buildSkippedRowsWorkbook(headers: readonly string[], rows: readonly SheetRecord[], plan: ImportPlan): Uint8Array {
  const cellsByRow = new Map(rows.map((row) => [row.rowNumber, row.cells]));
  const columnHeaders = headers.map((header, column) => header || `Column ${XLSX.utils.encode_col(column)}`);
  const table: TableCell[][] = [];
  for (const planned of plan.rows) {
    const leftOut = planned.status === 'rejected' || planned.skipReason === 'excluded';
    const cells = cellsByRow.get(planned.rowNumber);
    if (!leftOut || !cells) continue;
    const problems = planned.problems.map((problem) => describeProblemInRow(problem, headers));
    // A row the analyst left out usually had a problem too; it is what they will want to fix.
    const error =
      planned.status === 'rejected' ? problems.join('\n') : ['Left out in the import preview.', ...problems].join('\n');
    table.push([...headers.map((_, column) => tableCellOf(cells[column] ?? null)), error, planned.rowNumber]);
  }
  return buildTableWorkbook(plan.sheetName, [...columnHeaders, 'Error', 'Excel row'], table);
}

/** Numbers stay numbers; dates become ISO text (2024-03-15), which the import reads back unambiguously. */
function tableCellOf(cell: CellValue): TableCell {
  if (cell === null || typeof cell === 'number') return cell;
  return typeof cell === 'string' ? cell : headerTextOf(cell);
}
