import * as XLSX from 'xlsx';
import type { z } from 'zod';
import { decodeBackupCell, readPieceHeader, type BackupCell } from './backupCells';
import {
  aboutSheetName,
  backupColumns,
  backupFormatName,
  backupSchemaOf,
  backupSheetNames,
  backupTables,
  countKey,
  keyFieldOf,
  restorableFormatVersions,
  restorableSetting,
  startingValueOfMissingColumn,
  type BackupColumn,
  type BackupDataset,
  type BackupMetaEntry,
  type BackupTable,
} from './backupFormat';
import { readableColumnsOf } from './backupReadableColumns';
import { changedReadableCells, type ReadableRow } from './changedReadableCells';
import { buildReportLookups } from './reportLookups';

export interface BackupAbout {
  generatedAt: string;
  appVersion: string;
  /** Empty in backups made before the analyst's name was recorded. */
  savedBy: string;
}

export type BackupReadResult =
  | {
      ok: true;
      dataset: BackupDataset;
      about: BackupAbout;
      /** What was left out, one line each ("Sheet Meta, row 3: …"): settings a restore would not store. */
      warnings: string[];
      /**
       * Readable cells that no longer show what their record holds, one line each ("Sheet Deals, row 4,
       * column Parties: …"): edits made in a spreadsheet program, which a restore does not apply.
       */
      changedCells: string[];
    }
  | { ok: false; message: string };

/** Enough problems for the analyst to see what went wrong without a wall of text. */
const problemsShown = 20;

interface SheetRow {
  /** The row number a spreadsheet shows, counting the header as row 1. */
  number: number;
  cells: BackupCell[];
}

function rowsOf(sheet: XLSX.WorkSheet): SheetRow[] {
  const firstRow = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').s.r + 1;
  const rows = XLSX.utils.sheet_to_json<BackupCell[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
  return rows.map((cells, index) => ({ number: firstRow + index, cells }));
}

const at = (sheet: string, row: number, column?: string) => `Sheet ${sheet}, row ${row}${column ? `, column ${column}` : ''}`;

interface DeclaredCount {
  count: number;
  row: number;
}

type AboutRead =
  | { ok: true; about: BackupAbout; formatVersion: number; counts: Map<BackupTable, DeclaredCount> }
  | { ok: false; problems: string[] };

function readAbout(workbook: XLSX.WorkBook): AboutRead {
  const sheet = workbook.Sheets[aboutSheetName];
  if (!sheet) return { ok: false, problems: [`This workbook is not a Silk Ledger backup: it has no sheet ${aboutSheetName}.`] };
  const entries = new Map(
    rowsOf(sheet).map((row) => [String(row.cells[0] ?? ''), { value: row.cells[1] ?? null, row: row.number }]),
  );
  const entry = (key: string) => entries.get(key) ?? { value: null, row: null };
  // A missing row has no number to point at, so the message names the key instead.
  const where = (key: string, row: number | null) =>
    row === null ? `Sheet ${aboutSheetName} (no row ${key})` : at(aboutSheetName, row, 'value');
  const format = entry('format');
  if (format.value !== backupFormatName) {
    return {
      ok: false,
      problems: [
        `${where('format', format.row)}: expected ${backupFormatName}, found "${format.value ?? ''}"; this is not a Silk Ledger backup.`,
      ],
    };
  }
  const version = entry('formatVersion');
  if (typeof version.value !== 'number' || !restorableFormatVersions.includes(version.value)) {
    return {
      ok: false,
      problems: [
        `${where('formatVersion', version.row)}: this is backup format version ${version.value ?? '(none)'}; ` +
          `this version of Silk Ledger restores versions ${restorableFormatVersions.join(' and ')}.`,
      ],
    };
  }
  const problems: string[] = [];
  const counts = new Map<BackupTable, DeclaredCount>();
  for (const table of backupTables) {
    const { value, row } = entry(countKey(table));
    if (row !== null && typeof value === 'number' && Number.isInteger(value) && value >= 0)
      counts.set(table, { count: value, row });
    else problems.push(`${where(countKey(table), row)}: expected the number of rows in the sheet ${backupSheetNames[table]}.`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const text = (key: string) => String(entry(key).value ?? '');
  return {
    ok: true,
    about: { generatedAt: text('generatedAt'), appVersion: text('appVersion'), savedBy: text('savedBy') },
    formatVersion: version.value,
    counts,
  };
}

interface SheetHeader {
  /**
   * Where each field's pieces sit: the column indexes of "content", "content (2)", … in order. A field
   * added after the backup was written is absent from the map, and read as its starting value.
   */
  located: Map<string, number[]>;
  /** Where each readable column sits, by its header; a colleague may have deleted some. */
  readableAt: Map<string, number>;
}

function readHeader(
  table: BackupTable,
  header: BackupCell[],
  columns: BackupColumn[],
  formatVersion: number,
  problems: string[],
): SheetHeader {
  const sheetName = backupSheetNames[table];
  const known = new Set(columns.map((column) => column.field));
  const readableHeaders = new Set(formatVersion >= 2 ? readableColumnsOf(table).map(({ column }) => column.header) : []);
  const readableAt = new Map<string, number>();
  const pieces = new Map<string, Map<number, number>>();
  header.forEach((cell, index) => {
    if (cell === null || cell === '') return;
    if (readableHeaders.has(String(cell))) {
      readableAt.set(String(cell), index);
      return;
    }
    const { field, piece } = readPieceHeader(String(cell));
    if (!known.has(field)) {
      problems.push(`${at(sheetName, 1, String(cell))}: not a field of this table (expected ${[...known].join(', ')}).`);
      return;
    }
    const ofField = pieces.get(field) ?? new Map<number, number>();
    if (ofField.has(piece)) problems.push(`${at(sheetName, 1, String(cell))}: the column appears twice.`);
    pieces.set(field, ofField.set(piece, index));
  });
  const located = new Map<string, number[]>();
  for (const { field } of columns) {
    const ofField = pieces.get(field);
    if (!ofField?.has(1)) {
      if (!ofField && startingValueOfMissingColumn(table, field)) continue;
      problems.push(`${at(sheetName, 1, field)}: the column is missing.`);
    } else
      located.set(
        field,
        [...ofField].sort(([a], [b]) => a - b).map(([, index]) => index),
      );
  }
  return { located, readableAt };
}

/** The cell of a field, its continuation pieces joined back into one text. */
function joinedCell(cells: BackupCell[], indexes: number[]): BackupCell {
  const values = indexes.map((index) => cells[index] ?? null);
  if (values.slice(1).every((value) => value === null)) return values[0];
  return values.map((value) => (value === null ? '' : String(value))).join('');
}

function issueText(issue: z.core.$ZodIssue): string {
  const within = issue.path.slice(1).join('.');
  return within ? `${within}: ${issue.message}` : issue.message;
}

interface ReadNotes {
  /** Make the backup unreadable: nothing is restored. */
  problems: string[];
  /** Leave one row out of the restore. */
  warnings: string[];
}

interface TableRead {
  records: object[];
  /** The rows the records came from, for the check of their readable cells. */
  rows: ReadableRow[];
  readableAt: Map<string, number>;
}

function readTable(
  workbook: XLSX.WorkBook,
  table: BackupTable,
  expected: DeclaredCount,
  formatVersion: number,
  notes: ReadNotes,
): TableRead {
  const { problems } = notes;
  const sheetName = backupSheetNames[table];
  const sheet = workbook.Sheets[sheetName];
  const nothing: TableRead = { records: [], rows: [], readableAt: new Map() };
  if (!sheet) {
    problems.push(`The backup has no sheet ${sheetName}.`);
    return nothing;
  }
  const columns = backupColumns[table];
  const [header, ...rows] = rowsOf(sheet);
  const { located, readableAt } = readHeader(table, header?.cells ?? [], columns, formatVersion, problems);
  if (columns.some(({ field }) => !located.has(field) && !startingValueOfMissingColumn(table, field))) return nothing;
  const schema = backupSchemaOf(table);
  const keyField = keyFieldOf(table);
  const rowOfKey = new Map<unknown, number>();
  const records: object[] = [];
  const recordRows: ReadableRow[] = [];
  for (const { number, cells } of rows) {
    if (cells.every((cell) => cell === null)) continue;
    const record: Record<string, unknown> = {};
    let readable = true;
    for (const column of columns) {
      const pieces = located.get(column.field);
      if (!pieces) {
        record[column.field] = startingValueOfMissingColumn(table, column.field)!();
        continue;
      }
      const decoded = decodeBackupCell(column, joinedCell(cells, pieces));
      if (decoded.ok) record[column.field] = decoded.value;
      else {
        problems.push(`${at(sheetName, number, column.field)}: ${decoded.message}.`);
        readable = false;
      }
    }
    if (!readable) continue;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${at(sheetName, number, String(issue.path[0] ?? keyField))}: ${issueText(issue)}.`);
      continue;
    }
    const key = record[keyField];
    const earlier = rowOfKey.get(key);
    if (earlier !== undefined)
      problems.push(`${at(sheetName, number, keyField)}: ${String(key)} is already used on row ${earlier}.`);
    rowOfKey.set(key, number);
    if (table !== 'meta') {
      records.push(parsed.data as object);
      recordRows.push({ number, cells, record: parsed.data as object });
      continue;
    }
    // A setting is checked against its own schema; one that fails is left out, not the whole backup.
    const setting = restorableSetting(parsed.data as BackupMetaEntry);
    if (setting.ok) records.push(setting.entry);
    else notes.warnings.push(`${at(sheetName, number)}: the setting “${String(key)}” is left out: ${setting.reason}.`);
  }
  const found = rows.filter(({ cells }) => cells.some((cell) => cell !== null)).length;
  if (found !== expected.count) {
    problems.push(
      `Sheet ${sheetName} has ${found} records, but ${aboutSheetName} (row ${expected.row}) says ${expected.count}: rows were added or lost.`,
    );
  }
  return { records, rows: recordRows, readableAt };
}

function refused(problems: string[]): BackupReadResult {
  const more = problems.length - problemsShown;
  const lines = [
    `The backup cannot be restored (${problems.length === 1 ? 'one problem' : `${problems.length} problems`}):`,
    ...problems.slice(0, problemsShown),
    ...(more > 0 ? [`…and ${more} more.`] : []),
  ];
  return { ok: false, message: lines.join('\n') };
}

/**
 * Reads a workbook written by buildBackupWorkbook, checking every record with its schema. Nothing is
 * returned unless every record and history entry is valid, so a restore never loads half a backup.
 * A setting that its schema refuses is only left out, with a warning: settings are conveniences
 * (saved views, mappings), and a damaged one should not keep the records from being restored.
 */
export function readBackupWorkbook(bytes: Uint8Array): BackupReadResult {
  let workbook: XLSX.WorkBook;
  try {
    // Formulas are not evaluated or kept: a cell edited into a formula is read as the value it last showed.
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellText: false });
  } catch (error) {
    return refused([`The file could not be read as a workbook (${error instanceof Error ? error.message : String(error)}).`]);
  }
  const about = readAbout(workbook);
  if (!about.ok) return refused(about.problems);
  const notes: ReadNotes = { problems: [], warnings: [] };
  const tables = new Map(
    backupTables.map((table) => [table, readTable(workbook, table, about.counts.get(table)!, about.formatVersion, notes)]),
  );
  if (notes.problems.length > 0) return refused(notes.problems);
  const dataset = Object.fromEntries(backupTables.map((table) => [table, tables.get(table)!.records])) as BackupDataset;
  const lookups = buildReportLookups(dataset);
  const changedCells = backupTables.flatMap((table) => {
    const { rows, readableAt } = tables.get(table)!;
    return changedReadableCells(table, rows, readableAt, lookups);
  });
  return { ok: true, dataset, about: about.about, warnings: notes.warnings, changedCells };
}
