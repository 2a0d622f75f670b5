import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import type { AnyRow } from '@shared/model/tableRows';
import { cellText } from '../../ui/columnMeta';
import { toTabSeparated } from '../../ui/tabSeparated';
import { viewTableOf } from '../export/viewTable';

function visibleColumns(columns: ColumnDef<AnyRow, unknown>[], visibility: VisibilityState) {
  return columns.filter((column) => visibility[column.id!] !== false);
}

/** The chosen rows with the visible columns, as the table shows them, for the clipboard. */
export function selectionAsTabSeparated(
  columns: ColumnDef<AnyRow, unknown>[],
  visibility: VisibilityState,
  rows: AnyRow[],
): string {
  const shown = visibleColumns(columns, visibility);
  return toTabSeparated([
    shown.map((column) => String(column.header)),
    ...rows.map((row) => shown.map((column) => cellText(column, row))),
  ]);
}

/**
 * The same rows as a workbook, with real numbers and dates (see viewTableOf). SheetJS is loaded on
 * the first such export, not with the window, whose start it would slow for every analyst.
 */
export async function selectionAsWorkbook(
  sheetName: string,
  columns: ColumnDef<AnyRow, unknown>[],
  visibility: VisibilityState,
  rows: AnyRow[],
): Promise<Uint8Array> {
  const table = viewTableOf(sheetName, columns, visibility, rows);
  const { buildTableWorkbook } = await import('@shared/report/tableWorkbook');
  return buildTableWorkbook(sheetName, table.columns, table.rows);
}
