import type { RecordOf, RecordTable } from '../model/tables';
import type { ReportRecords } from './reportLookups';
import type { ReportTable } from './reportSheets';
import { buildReportWorkbook } from './reportWorkbook';
import { scopeReportRecords } from './scopeReportRecords';
import type { SpreadsheetFormat } from './spreadsheetFile';

/**
 * A report workbook described as plain data, so it can be built away from the window that chose
 * it: the records are read where it is built, and only the rows the table shows are named here.
 */
export interface WorkbookExportRequest {
  format: SpreadsheetFormat;
  title: string;
  author: string;
  generatedAt: Date;
  filtersDescription: string[];
  /** The table's rows in the table's order when the report is of the current view; null for the whole store. */
  view: { table: RecordTable; orderedIds: string[] } | null;
  /** Sheets with the analyst's columns, in place of the standard sheet of the same name. */
  replaceSheets: ReportTable[];
}

export function buildWorkbookExport(request: WorkbookExportRequest, all: ReportRecords): Uint8Array {
  const { view, format, title, author, generatedAt, filtersDescription, replaceSheets } = request;
  const records = view ? scopeReportRecords(all, view.table, recordsInOrder(all, view.table, view.orderedIds)) : all;
  const keepOrderOf = view?.table ?? null;
  return buildReportWorkbook({ records, title, filtersDescription, author, generatedAt, format, replaceSheets, keepOrderOf });
}

/** A record deleted since the view was chosen is left out rather than failing the report. */
function recordsInOrder<T extends RecordTable>(all: ReportRecords, table: T, ids: readonly string[]): RecordOf<T>[] {
  const byId = new Map((all[table] as RecordOf<T>[]).map((record) => [record.id, record]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record ? [record] : [];
  });
}
