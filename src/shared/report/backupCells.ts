import type { BackupColumn } from './backupFormat';
import { cellTextLimit } from './tableCells';

export type BackupCell = string | number | boolean | null;

export type DecodedCell = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Text the xlsx format does not give back as written: SheetJS decodes "_x0041_" to "A" (the OOXML escape
 * for characters XML cannot hold), XML turns "\r\n" into "\n", and noncharacters and unpaired surrogates
 * do not survive UTF-8. Such text is written as a JSON string instead, which escapes all of them.
 */
const changedBySpreadsheet = /_[xX]|\r|[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** JSON that reads back unchanged from a cell: the same escapes, applied inside JSON's own syntax. */
function cellSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/_(?=[xX])/g, '\\u005f')
    .replace(/[\uFFFE\uFFFF]/g, (character) => `\\u${character.charCodeAt(0).toString(16)}`);
}

/**
 * Plain text stays as it is, for people to read. Text that would not survive the cell, and text that
 * itself starts with a double quote, is written as a JSON string, so a leading quote always means JSON.
 */
function encodeText(text: string): string {
  return text.startsWith('"') || changedBySpreadsheet.test(text) ? cellSafeJson(text) : text;
}

export function encodeBackupCell(column: BackupColumn, value: unknown): BackupCell {
  if (column.kind === 'json') return value === undefined ? null : cellSafeJson(value);
  if (value === null || value === undefined) return null;
  if (column.kind === 'text' && typeof value === 'string') return encodeText(value);
  return value as BackupCell;
}

function parseJson(text: string): DecodedCell {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `expected JSON text (${error instanceof Error ? error.message : String(error)})` };
  }
}

export function decodeBackupCell(column: BackupColumn, cell: BackupCell): DecodedCell {
  if (cell === null) {
    if (column.nullable && column.kind !== 'json') return { ok: true, value: null };
    return { ok: true, value: column.kind === 'text' ? '' : undefined };
  }
  if (typeof cell !== 'string') return { ok: true, value: cell };
  if (column.kind === 'json') return parseJson(cell);
  if (column.kind === 'text' && cell.startsWith('"')) {
    const decoded = parseJson(cell);
    if (decoded.ok && typeof decoded.value !== 'string')
      return { ok: false, message: 'text starting with " must be one JSON string' };
    return decoded;
  }
  return { ok: true, value: cell };
}

/** Splits text into pieces that each fit in a cell, never between the two halves of a surrogate pair. */
export function splitForCells(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > cellTextLimit) {
    let end = start + cellTextLimit;
    if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** The header of the n-th piece of a long value: "content", "content (2)", "content (3)". */
export function pieceHeader(field: string, piece: number): string {
  return piece === 1 ? field : `${field} (${piece})`;
}

/** The field and piece number a header names: "content (2)" is the second piece of content. */
export function readPieceHeader(header: string): { field: string; piece: number } {
  const continuation = /^(.+) \((\d+)\)$/.exec(header);
  return continuation ? { field: continuation[1], piece: Number(continuation[2]) } : { field: header, piece: 1 };
}
