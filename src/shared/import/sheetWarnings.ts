import * as XLSX from 'xlsx';

export type CellProblemKind = { kind: 'formula-without-result' } | { kind: 'excel-error'; errorName: string };
/** 0-based row and column of the cell. */
export type CellProblem = CellProblemKind & { row: number; column: number };

const listedCells = 5;

/**
 * One sentence per kind of problem, naming the cells as Excel does (B4) and saying what to do. A
 * sheet with thousands of unsaved formulas gets one sentence, not thousands.
 */
export function describeCellProblems(sheetName: string, problems: readonly CellProblem[]): string[] {
  const warnings: string[] = [];
  const unsaved = problems.filter((problem) => problem.kind === 'formula-without-result');
  if (unsaved.length === 1) {
    warnings.push(
      `Sheet ${sheetName}, cell ${address(unsaved[0])} has a formula with no saved result; open and save the file in Excel so the value is stored.`,
    );
  } else if (unsaved.length > 1) {
    warnings.push(
      `Sheet ${sheetName}, cells ${listCells(unsaved.map(address))} have formulas with no saved results; open and save the file in Excel so the values are stored.`,
    );
  }
  const errors = problems.filter((problem) => problem.kind === 'excel-error');
  if (errors.length === 1) {
    warnings.push(
      `Sheet ${sheetName}, cell ${address(errors[0])} holds the Excel error ${errors[0].errorName}; it is read as empty.`,
    );
  } else if (errors.length > 1) {
    const cells = errors.map((problem) => `${address(problem)} (${problem.errorName})`);
    warnings.push(`Sheet ${sheetName}, cells ${listCells(cells)} hold Excel errors; they are read as empty.`);
  }
  return warnings;
}

function address(problem: CellProblem): string {
  return XLSX.utils.encode_cell({ r: problem.row, c: problem.column });
}

function listCells(cells: string[]): string {
  if (cells.length <= listedCells) return `${cells.slice(0, -1).join(', ')} and ${cells[cells.length - 1]}`;
  return `${cells.slice(0, listedCells).join(', ')} and ${cells.length - listedCells} more`;
}
