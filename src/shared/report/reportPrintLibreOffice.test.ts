import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/defaultDataset.testHelpers';
import { libreOfficePresent, resaveWithLibreOffice } from '../testing/libreOffice.testHelpers';
import { buildReportLookups } from './reportLookups';
import { inReportOrder } from './reportRecordOrder';
import { reportTables } from './reportSheets';
import { buildReportWorkbook } from './reportWorkbook';
import { writeSpreadsheet } from './spreadsheetFile';
import { tableSheet } from './tableWorkbook';

const heading = { title: 'Silk Ledger report', author: 'N. Karimova', generatedAt: new Date('2026-11-25T10:00:00Z') };

/** The pages of a PDF: LibreOffice writes each page's dictionary as plain text, "/Type/Page". */
function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}

/** The report's Deals sheet alone, written as the report writes it. */
function dealsSheetOnly(): Uint8Array {
  const records = inReportOrder(dataset);
  const deals = reportTables(records, buildReportLookups(records)).find((table) => table.name === 'Deals')!;
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, tableSheet(deals.columns, deals.rows), deals.name);
  workbook.Props = { Title: heading.title };
  return writeSpreadsheet(workbook, 'xlsx');
}

describe.runIf(libreOfficePresent())('the default dataset’s report printed by LibreOffice', () => {
  it('prints its 11 deals on at most 4 pages, and the whole report on a page or a few per sheet', () => {
    const dealsPages = pageCount(resaveWithLibreOffice(dealsSheetOnly(), 'deals.xlsx', 'pdf'));
    expect(dataset.deals).toHaveLength(11);
    expect(dealsPages).toBeGreaterThan(0);
    expect(dealsPages).toBeLessThanOrEqual(4);

    const report = buildReportWorkbook({ ...heading, records: dataset, filtersDescription: [], format: 'xlsx' });
    const reportPages = pageCount(resaveWithLibreOffice(report, 'report.xlsx', 'pdf'));
    // Seven sheets; without page setup the report printed on 49 pages.
    expect(reportPages).toBeGreaterThanOrEqual(7);
    expect(reportPages).toBeLessThanOrEqual(20);
  }, 240_000);
});
