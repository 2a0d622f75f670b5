import * as XLSX from 'xlsx';
import type { RecordTable } from '../model/tables';
import { buildReportLookups, type ReportRecords } from './reportLookups';
import { inReportOrder } from './reportRecordOrder';
import { reportTables, type ReportTable } from './reportSheets';
import { writeSpreadsheet, type SpreadsheetFormat } from './spreadsheetFile';
import { summarySheet, type SummaryHeading } from './summarySheet';
import { tableSheet } from './tableWorkbook';

export interface ReportInput extends SummaryHeading {
  records: ReportRecords;
  format: SpreadsheetFormat;
  /** Sheets that take the place of the standard sheet of the same name, e.g. a table with the analyst's columns. */
  replaceSheets?: ReportTable[];
  /** The table the report was made from, whose records keep the order the analyst sorted them in. */
  keepOrderOf?: RecordTable | null;
}

export const summarySheetName = 'Summary';

/**
 * A report for reading and sorting in Excel or LibreOffice: a summary of totals, then one sheet per
 * kind of record with real dates and numbers, in date order, autofilters and (in xlsx) frozen header
 * rows and a page setup for print.
 */
export function buildReportWorkbook(input: ReportInput): Uint8Array {
  const { format, title, author, generatedAt } = input;
  const records = inReportOrder(input.records, input.keepOrderOf ?? null);
  const lookups = buildReportLookups(records);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, summarySheet(records, lookups, input), summarySheetName);
  for (const standard of reportTables(records, lookups)) {
    const table = input.replaceSheets?.find((sheet) => sheet.name === standard.name) ?? standard;
    XLSX.utils.book_append_sheet(workbook, tableSheet(table.columns, table.rows), table.name);
  }
  // Only what the reader should see: no file paths, machine names or application details.
  workbook.Props = { Title: title, Author: author, CreatedDate: generatedAt };
  return writeSpreadsheet(workbook, format);
}
