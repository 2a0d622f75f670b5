import * as XLSX from 'xlsx';
import { encodeBackupCell, pieceHeader, splitForCells } from './backupCells';
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
import { writeSpreadsheet } from './spreadsheetFile';
import { tableSheet } from './tableWorkbook';
import type { TableCell } from './tableCells';

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
      'One sheet per table, one row per record, one column per field; lists and nested values are JSON. ' +
        'Text longer than a cell holds goes on in the columns "field (2)", "field (3)", … ' +
        'Text starting with a double quote is a JSON string.',
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

/** One table as a sheet: values too long for a cell are split over continuation columns added for them. */
function tableOfRecords(table: BackupTable, records: readonly object[]): XLSX.WorkSheet {
  const columns = backupColumns[table];
  const encoded = records.map((record) =>
    columns.map((column) => {
      const cell = encodeBackupCell(column, (record as Record<string, unknown>)[column.field]);
      return typeof cell === 'string' ? splitForCells(cell) : [cell];
    }),
  );
  const pieces = columns.map((_, c) => encoded.reduce((most, row) => Math.max(most, row[c].length), 1));
  const headers = columns.flatMap((column, c) =>
    Array.from({ length: pieces[c] }, (_, piece) => ({ header: pieceHeader(column.field, piece + 1) })),
  );
  const rows = encoded.map((row) =>
    row.flatMap((cellPieces, c) => Array.from({ length: pieces[c] }, (_, piece): TableCell => cellPieces[piece] ?? null)),
  );
  return tableSheet(headers, rows);
}

/**
 * A backup of the whole store as an xlsx workbook: readable and filterable by a person, and restored
 * exactly by readBackupWorkbook (every record, relation, citation, annotation and history entry).
 */
export function buildBackupWorkbook(dataset: BackupDataset, options: BackupOptions): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, aboutSheet(dataset, options), aboutSheetName);
  for (const table of backupTables) {
    XLSX.utils.book_append_sheet(workbook, tableOfRecords(table, dataset[table]), backupSheetNames[table]);
  }
  workbook.Props = { Title: 'Silk Ledger backup', CreatedDate: options.generatedAt };
  return writeSpreadsheet(workbook, 'xlsx');
}
