import * as XLSX from 'xlsx';
import { booleanFormat, encodeBackupCell, pieceHeader, splitForCells } from './backupCells';
import {
  aboutSheetName,
  backupColumns,
  backupFormatName,
  backupFormatVersion,
  backupSheetNames,
  backupTables,
  countKey,
  type BackupDataset,
  type BackupTable,
} from './backupFormat';
import { readableColumnsOf } from './backupReadableColumns';
import { buildReportLookups, type ReportLookups } from './reportLookups';
import { writeSpreadsheet } from './spreadsheetFile';
import { setSheetPrintLayout } from './xlsxPrintLayout';
import { tableSheet } from './tableWorkbook';
import type { TableCell, TableColumn } from './tableCells';

export interface BackupOptions {
  generatedAt: Date;
  appVersion: string;
  /** The analyst's name from settings, so a colleague receiving the workbook knows whose data it is. */
  savedBy: string;
}

function aboutSheet(dataset: BackupDataset, { generatedAt, appVersion, savedBy }: BackupOptions): XLSX.WorkSheet {
  const rows: TableCell[][] = [
    ['format', backupFormatName, 'A complete backup of a Silk Ledger store; restore it from Silk Ledger.'],
    [
      'formatVersion',
      backupFormatVersion,
      'One sheet per table, one row per record. The first columns are for reading: dates, amounts, parties ' +
        'and sources in words. The hidden columns after them, headed by field names, hold every field as ' +
        'stored, and are all a restore reads: lists and nested values as JSON, numbers as text. ' +
        'Text longer than a cell holds goes on in the columns "field (2)", "field (3)", … ' +
        'Text starting with a double quote is a JSON string. ' +
        'A restore lists the readable cells that no longer match their record, and restores the record as stored.',
    ],
    ['generatedAt', generatedAt.toISOString(), 'When the backup was made (UTC).'],
    ['appVersion', appVersion, 'The Silk Ledger version that made it.'],
    ['savedBy', savedBy, 'The analyst who made it.'],
    ...backupTables.map((table): TableCell[] => [
      countKey(table),
      dataset[table].length,
      `Rows in the sheet ${backupSheetNames[table]}; a restore checks them.`,
    ]),
  ];
  return tableSheet([{ header: 'key' }, { header: 'value' }, { header: 'meaning' }], rows);
}

/**
 * One table as a sheet: the readable columns, then every field as stored, in hidden columns at outline
 * level 1 (LibreOffice shows a button that unfolds them; any spreadsheet can unhide them). Sorting by a
 * readable column moves them with their row, since the autofilter spans them. Values too long for a
 * cell are split over continuation columns added for them.
 */
function tableOfRecords(table: BackupTable, records: readonly object[], lookups: ReportLookups): XLSX.WorkSheet {
  const readable = readableColumnsOf(table);
  const columns = backupColumns[table];
  const encoded = records.map((record) =>
    columns.map((column) => {
      const cell = encodeBackupCell(column, (record as Record<string, unknown>)[column.field]);
      return typeof cell === 'string' ? splitForCells(cell) : [cell];
    }),
  );
  const pieces = columns.map((_, c) => encoded.reduce((most, row) => Math.max(most, row[c].length), 1));
  const storedHeaders = columns.flatMap((column, c) =>
    Array.from({ length: pieces[c] }, (_, piece): TableColumn => ({
      header: pieceHeader(column.field, piece + 1),
      ...(column.kind === 'boolean' ? { format: booleanFormat } : {}),
    })),
  );
  const rows = encoded.map((row, r) => [
    ...readable.map(({ cell }) => cell(records[r], lookups)),
    ...row.flatMap((cellPieces, c) => Array.from({ length: pieces[c] }, (_, piece): TableCell => cellPieces[piece] ?? null)),
  ]);
  const sheet = tableSheet([...readable.map(({ column }) => column), ...storedHeaders], rows);
  setSheetPrintLayout(sheet, { kind: 'data' });
  if (readable.length > 0) {
    const widths = sheet['!cols'] ?? [];
    for (let c = readable.length; c < readable.length + storedHeaders.length; c++)
      widths[c] = { ...widths[c], hidden: true, level: 1 };
    sheet['!cols'] = widths;
  }
  return sheet;
}

/**
 * A backup of the whole store as an xlsx workbook: readable and filterable by a person, and restored
 * exactly by readBackupWorkbook (every record, relation, citation, annotation and history entry).
 */
export function buildBackupWorkbook(dataset: BackupDataset, options: BackupOptions): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, aboutSheet(dataset, options), aboutSheetName);
  const lookups = buildReportLookups(dataset);
  for (const table of backupTables) {
    XLSX.utils.book_append_sheet(workbook, tableOfRecords(table, dataset[table], lookups), backupSheetNames[table]);
  }
  workbook.Props = { Title: 'Silk Ledger backup', CreatedDate: options.generatedAt };
  return writeSpreadsheet(workbook, 'xlsx');
}
