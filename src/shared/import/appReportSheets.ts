import { recordTables } from '../model/tables';
import { buildReportLookups, type ReportRecords } from '../report/reportLookups';
import { reportTables } from '../report/reportSheets';
import type { ImportRecordKind } from './fieldSynonyms';
import type { ImportSheet, ImportWorkbook } from './workbookTypes';

// The sheets of a report Silk Ledger writes (see report/reportSheets.ts), after its Summary sheet.
const reportSheetNames = ['Deals', 'Organizations', 'Indicators', 'Events', 'Annotations', 'Sources'];
// The record sheets an import can read, in the order a full report lists them.
const importableSheetNames = ['Deals', 'Organizations', 'Indicators', 'Events'];

/**
 * The record sheet to open in a report Silk Ledger wrote, or null for any other workbook. A report is
 * known by what survives a re-save in Excel or LibreOffice and an ODS export alike: a first sheet
 * named Summary, the report's sheet names, and record sheets whose header row ends in the record id.
 * It opens on the sheet the report was made from ("Built from: Deals: 4 of 11 records…"), else
 * on the first record sheet with rows; never on the summary, whose totals are not records.
 */
export function appReportRecordSheet(workbook: ImportWorkbook): number | null {
  const [first, ...others] = workbook.sheets;
  if (first?.name !== 'Summary') return null;
  const byName = new Map(others.map((sheet, index) => [sheet.name, { sheet, index: index + 1 }]));
  if (!reportSheetNames.every((name) => byName.has(name))) return null;
  const importable = importableSheetNames.map((name) => byName.get(name)!).filter(({ sheet }) => hasRecordHeader(sheet));
  if (importable.length === 0) return null;
  const madeFrom = byName.get(builtFromSheetName(first));
  const withRows = importable.filter(({ sheet }) => sheet.rowCount > 1);
  const chosen = withRows.find((entry) => entry === madeFrom) ?? withRows[0] ?? importable[0];
  return chosen.index;
}

function hasRecordHeader(sheet: ImportSheet): boolean {
  const header = sheet.rows[0] ?? [];
  return header.some((cell) => cell === 'ID');
}

/** "Deals" from the summary's "Built from | Deals: 4 of 11 records, as filtered in the table". */
function builtFromSheetName(summary: ImportSheet): string {
  const line = summary.rows.find((row) => row[0] === 'Built from')?.[1];
  return typeof line === 'string' ? line.split(':')[0].trim() : '';
}

const kindOfReportSheet: Readonly<Record<string, ImportRecordKind>> = {
  Deals: 'deals',
  Organizations: 'organizations',
  Indicators: 'observations',
  Events: 'events',
};

const noRecords = Object.fromEntries(recordTables.map((table) => [table, []])) as unknown as ReportRecords;
// Each record sheet's header row as a report writes it, one line of text per sheet.
const reportHeaderRows = new Map(
  reportTables(noRecords, buildReportLookups(noRecords)).flatMap((table) => {
    const kind = kindOfReportSheet[table.name];
    return kind ? [[table.columns.map((column) => column.header).join('\n'), kind] as const] : [];
  }),
);

/**
 * The kind of record a report's sheet holds, known by its whole header row; null for other headers.
 * Headers alone would read an Events sheet ("Name", "Participants", "Description") as deals.
 */
export function appReportSheetKind(headers: readonly string[]): ImportRecordKind | null {
  return reportHeaderRows.get(headers.join('\n')) ?? null;
}
