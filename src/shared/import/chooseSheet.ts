import { appReportRecordSheet } from './appReportSheets';
import type { ImportWorkbook } from './workbookTypes';

/**
 * The sheet to preview first: the first visible sheet with data. Workbooks often open with a cover
 * or instructions sheet that is empty of cells (a picture, a chart) or hide their lookup lists;
 * a hidden sheet is proposed only when it is the only one with data. A report Silk Ledger wrote opens
 * on its record sheet rather than its summary. Null for a workbook with no data.
 */
export function chooseDefaultSheet(workbook: ImportWorkbook): number | null {
  const reportSheet = appReportRecordSheet(workbook);
  if (reportSheet !== null) return reportSheet;
  const withData = workbook.sheets.map((sheet, index) => ({ sheet, index })).filter(({ sheet }) => sheet.rowCount > 0);
  const visible = withData.find(({ sheet }) => !sheet.hidden);
  return (visible ?? withData[0])?.index ?? null;
}
