import type { BackupCell } from './backupCells';
import { backupSheetNames, type BackupTable } from './backupFormat';
import { readableColumnsOf } from './backupReadableColumns';
import type { ReportLookups } from './reportLookups';
import { cellTextLimit, type TableCell } from './tableCells';

/** A row of a backup sheet with the record a restore reads from its stored columns. */
export interface ReadableRow {
  /** The row number a spreadsheet shows. */
  number: number;
  cells: BackupCell[];
  record: object;
}

const excelEpoch = Date.UTC(1899, 11, 30);
const millisecondsPerDay = 86_400_000;
/** Half a second: LibreOffice keeps 15 significant digits of a date's day number. */
const dateTolerance = 0.5 / 86_400;
/** LibreOffice keeps 15 significant digits of a number; a person's edit changes more than that. */
const relativeNumberTolerance = 1e-12;
/**
 * Text a spreadsheet gives back changed, so its readable cell cannot be compared: OOXML escapes, control
 * characters (LibreOffice writes a carriage return as the text "_x000d_"), noncharacters and unpaired
 * surrogates. The restore reads the stored column, not this cell.
 */
// eslint-disable-next-line no-control-regex -- control characters are among what a spreadsheet changes
const uncomparable = /_x[0-9a-f]{4}_|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/i;

function sameText(expected: string, actual: BackupCell): boolean {
  if (uncomparable.test(expected)) return true;
  if (typeof actual !== 'string') return false;
  // Text longer than a cell holds is cut short with an ellipsis in the readable column.
  if (expected.length > cellTextLimit) return actual.startsWith(expected.slice(0, cellTextLimit - 2));
  return actual === expected;
}

function sameCell(expected: TableCell, actual: BackupCell): boolean {
  if (expected === null || expected === '') return actual === null || actual === '';
  if (typeof expected === 'string') return sameText(expected, actual);
  const number = typeof actual === 'boolean' ? Number(actual) : actual;
  if (typeof number !== 'number') return false;
  if (expected instanceof Date) return Math.abs((expected.getTime() - excelEpoch) / millisecondsPerDay - number) < dateTolerance;
  const target = typeof expected === 'boolean' ? Number(expected) : expected;
  return Math.abs(target - number) <= relativeNumberTolerance * Math.max(1, Math.abs(target));
}

function shown(cell: TableCell | BackupCell): string {
  if (cell === null || cell === '') return '(empty)';
  const text = (cell instanceof Date ? cell.toISOString().replace(/T00:00:00\.000Z$/, '') : String(cell)).replace(
    /\s*\n\s*/g,
    ' ↵ ',
  );
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/**
 * The readable cells of a table that no longer show what their record holds: a colleague's edit in a
 * spreadsheet program. A restore reads only the stored columns, so such an edit is not applied, and
 * the analyst is told which cells were changed rather than left to find out.
 */
export function changedReadableCells(
  table: BackupTable,
  rows: readonly ReadableRow[],
  readableAt: ReadonlyMap<string, number>,
  lookups: ReportLookups,
): string[] {
  const sheetName = backupSheetNames[table];
  const columns = readableColumnsOf(table).flatMap(({ column, cell }) => {
    const index = readableAt.get(column.header);
    return index === undefined ? [] : [{ header: column.header, index, cell }];
  });
  const changes: string[] = [];
  for (const { number, cells, record } of rows) {
    for (const { header, index, cell } of columns) {
      const expected = cell(record, lookups);
      const actual = cells[index] ?? null;
      if (sameCell(expected, actual)) continue;
      changes.push(
        `Sheet ${sheetName}, row ${number}, column ${header}: shows ${shown(actual)}, but the record holds ${shown(expected)}; ` +
          'the record is restored as stored.',
      );
    }
  }
  return changes;
}
