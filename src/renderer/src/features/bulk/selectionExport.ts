import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { buildTableWorkbook, type TableCell } from '@shared/report/tableWorkbook';
import type { AnyRecord } from '@shared/model/tables';
import { cellText, cellValue } from '../../ui/columnMeta';
import { toTabSeparated } from '../../ui/tabSeparated';

function visibleColumns(columns: ColumnDef<AnyRecord, unknown>[], visibility: VisibilityState) {
  return columns.filter((column) => visibility[column.id!] !== false);
}

/** The chosen rows with the visible columns, as the table shows them, for the clipboard. */
export function selectionAsTabSeparated(
  columns: ColumnDef<AnyRecord, unknown>[],
  visibility: VisibilityState,
  rows: AnyRecord[],
): string {
  const shown = visibleColumns(columns, visibility);
  return toTabSeparated([
    shown.map((column) => String(column.header)),
    ...rows.map((row) => shown.map((column) => cellText(column, row))),
  ]);
}

/** The same rows as a workbook: amounts and counts stay numbers, everything else is the shown text. */
export function selectionAsWorkbook(
  sheetName: string,
  columns: ColumnDef<AnyRecord, unknown>[],
  visibility: VisibilityState,
  rows: AnyRecord[],
): Uint8Array {
  const shown = visibleColumns(columns, visibility);
  const cells = rows.map((row) =>
    shown.map((column): TableCell => {
      const value = cellValue(column, row);
      return typeof value === 'number' && !column.meta?.text ? value : cellText(column, row);
    }),
  );
  return buildTableWorkbook(
    sheetName,
    shown.map((column) => String(column.header)),
    cells,
  );
}
