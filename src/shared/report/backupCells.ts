import type { BackupColumn } from './backupFormat';
import { cellTextLimit } from './tableCells';

export type BackupCell = string | number | boolean | null;

/**
 * A yes/no value as a number under a format that shows TRUE or FALSE. LibreOffice turns a boolean cell
 * (`t="b"`) it reads into a `=TRUE()` formula when it saves the file again; a number under this format it
 * reads as a plain boolean value. SheetJS reads it back as 1 or 0.
 */
export const booleanFormat = '"TRUE";"TRUE";"FALSE"';
export const booleanCell = (value: boolean): number => (value ? 1 : 0);

export type DecodedCell = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Text the xlsx format does not give back as written: SheetJS decodes "_x0041_" to "A" (the OOXML escape
 * for characters XML cannot hold), XML turns "\r\n" into "\n", noncharacters and unpaired surrogates
 * do not survive UTF-8, and control characters come back from a LibreOffice re-save as the text
 * "_x0001_". Such text is written as a JSON string instead, which escapes all of them.
 */
const changedBySpreadsheet =
  // eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what this looks for
  /_[xX]|\r|[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A number as its digits: what JSON and String write, and what a person might type. */
const numberText = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

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
  if (column.kind === 'number' && typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (column.kind === 'boolean' && typeof value === 'boolean') return booleanCell(value);
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
  // Backups of format 1 hold numbers and booleans as such; LibreOffice re-saves a boolean as 1 or 0.
  if (column.kind === 'boolean' && (cell === 0 || cell === 1)) return { ok: true, value: cell === 1 };
  if (typeof cell !== 'string') return { ok: true, value: cell };
  if (column.kind === 'number' && numberText.test(cell.trim())) return { ok: true, value: Number(cell) };
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
