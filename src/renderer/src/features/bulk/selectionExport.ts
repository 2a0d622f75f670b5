import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { buildTableWorkbook } from '@shared/report/tableWorkbook';
import type { AnyRecord } from '@shared/model/tables';
import { cellText } from '../../ui/columnMeta';
import { toTabSeparated } from '../../ui/tabSeparated';
import { viewTableOf } from '../export/viewTable';

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

/** The same rows as a workbook, with real numbers and dates (see viewTableOf). */
export function selectionAsWorkbook(
  sheetName: string,
  columns: ColumnDef<AnyRecord, unknown>[],
  visibility: VisibilityState,
  rows: AnyRecord[],
): Uint8Array {
  const table = viewTableOf(sheetName, columns, visibility, rows);
  return buildTableWorkbook(sheetName, table.columns, table.rows);
}
