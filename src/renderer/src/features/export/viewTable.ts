import type { ColumnDef, SortingState, VisibilityState } from '@tanstack/react-table';
import type { AnyRow } from '@shared/model/tableRows';
import { recordIdColumn, type ReportTable } from '@shared/report/reportSheets';
import { calendarDay, cellFormats, type TableCell, type TableColumn } from '@shared/report/tableCells';
import { cellText, cellValue } from '../../ui/columnMeta';
import { sortedLikeTable } from '../../ui/sortRows';

interface ExportedColumn {
  column: TableColumn;
  cell: (row: AnyRow) => TableCell;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const dayOrNull = (value: unknown): TableCell => (typeof value === 'string' && isoDay.test(value) ? calendarDay(value) : null);

const amountName = (header: string) => header.replace(/\s*\(USD\)/, '');

/** The spreadsheet columns one table column becomes, with the amount's qualifier after them where it has one. */
function exportedColumns(column: ColumnDef<AnyRow, unknown>): ExportedColumn[] {
  const qualifier = column.meta?.exportQualifier;
  if (!qualifier) return valueColumns(column);
  const header = `${amountName(column.meta?.exportHeader ?? String(column.header))} qualifier`;
  return [...valueColumns(column), { column: { header }, cell: (row) => qualifier(row) || null }];
}

/** The spreadsheet columns of one table column's values: typed values first, the shown text where it says more. */
function valueColumns(column: ColumnDef<AnyRow, unknown>): ExportedColumn[] {
  const header = column.meta?.exportHeader ?? String(column.header);
  const exportText = column.meta?.exportText;
  const text = (row: AnyRow): TableCell => (exportText ? exportText(row) : cellText(column, row)) || null;
  switch (column.meta?.exportAs) {
    case 'usd':
      return [
        { column: { header, format: cellFormats.usd }, cell: (row) => numberOrNull(cellValue(column, row)) },
        // In its own currency, so "Value (USD) as stated" would mislead; the full report's header is the same.
        { column: { header: `${amountName(header)} as stated` }, cell: text },
      ];
    case 'count':
      return [{ column: { header: `${header} (count)` }, cell: (row) => numberOrNull(cellValue(column, row)) }];
    case 'partial-date':
      return [
        { column: { header }, cell: text },
        { column: { header: `${header} (start)`, format: cellFormats.day }, cell: (row) => dayOrNull(cellValue(column, row)) },
      ];
    case 'day':
      return [{ column: { header, format: cellFormats.day }, cell: (row) => dayOrNull(cellValue(column, row)) }];
    default:
      // Counts and measures stay numbers; anything the table or the export writes differently from its value is text.
      return [
        {
          column: { header },
          cell: (row) => {
            const value = cellValue(column, row);
            return typeof value === 'number' && !column.meta?.text && !exportText ? numberOrNull(value) : text(row);
          },
        },
      ];
  }
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The rows of a table as the analyst sees them: the visible columns in their order, rows sorted as
 * the table sorts them, with real numbers and dates for a spreadsheet, and last each record's id,
 * by which an import of the file finds the records it came from.
 */
export function viewTableOf(
  name: string,
  columns: ColumnDef<AnyRow, unknown>[],
  visibility: VisibilityState,
  rows: AnyRow[],
  sorting: SortingState = [],
): ReportTable {
  const exported = [
    ...columns.filter((column) => visibility[column.id!] !== false).flatMap(exportedColumns),
    { column: recordIdColumn, cell: (row: AnyRow) => row.id },
  ];
  return {
    name,
    columns: exported.map(({ column }) => column),
    rows: sortedLikeTable(rows, columns, sorting).map((row) => exported.map(({ cell }) => cell(row))),
  };
}
