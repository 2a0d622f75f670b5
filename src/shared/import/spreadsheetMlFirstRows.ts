import * as XLSX from 'xlsx';
import { workbookSheetNames } from './workbookSheetNames';
import { measureZipInflation, type ZipPart } from './zipInflatedSize';
import { streamZipParts } from './zipStreams';

/** An .xlsx or .xlsm cut down to the first rows of each worksheet, for a first look at a large file. */
export interface FirstRowsPackage {
  /** A stored (uncompressed) ZIP of every part of the workbook, its long worksheets cut after their first rows. */
  bytes: Uint8Array;
  /** False when every worksheet was shorter than the limit: the package then holds the whole workbook. */
  truncated: boolean;
  /** The rows each cut worksheet declares (its <dimension>), by sheet name. */
  declaredRowCounts: Map<string, number>;
}

/**
 * A worksheet up to this size is unpacked to its end, so the merged cells listed after its rows
 * (which join the cells of a two-row header) are kept; a larger one is cut as soon as its first
 * rows are in, as unpacking 100 MB of XML takes seconds, and its merges wait for the full read.
 */
const sheetUnpackedWholeBelowBytes = 8 * 1024 * 1024;

/**
 * Builds a copy of a SpreadsheetML package (xlsx, xlsm) whose worksheets stop after `rowLimit` row
 * elements, unpacking only what that needs, so SheetJS can read the first rows of a 100 MB
 * worksheet in milliseconds: its `sheetRows` option still unpacks and splits the whole sheet.
 * Every other part is copied as it is. Null when the file is not such a package or cannot be cut
 * cleanly (damaged, UTF-16 XML, no sheetData): the caller then reads the file the ordinary way,
 * which explains any problem.
 */
export async function spreadsheetMlFirstRows(
  bytes: Uint8Array,
  rowLimit: number,
  maxInflatedBytes: number,
): Promise<FirstRowsPackage | null> {
  const inflation = measureZipInflation(bytes, maxInflatedBytes);
  if (!inflation.ok) return null;
  const isWorksheet = (part: ZipPart) => /^xl\/worksheets\/[^/]+\.xml$/i.test(part.localName);
  if (!inflation.parts.some(isWorksheet)) return null;

  const container = XLSX.CFB.utils.cfb_new();
  const declaredRowCounts = new Map<string, number>();
  const cutSheets: Array<{ path: string; declaredRows: number | null }> = [];
  let workbookXml = '';
  let relationshipsXml = '';
  for (const part of inflation.parts) {
    let content: Uint8Array | null;
    if (isWorksheet(part)) {
      const sheet = await firstRowsOfWorksheet(inflation.bytes, part, rowLimit);
      if (!sheet) return null;
      content = sheet.bytes;
      if (sheet.cut) cutSheets.push({ path: part.localName.toLowerCase(), declaredRows: sheet.declaredRows });
    } else {
      content = await unpackWhole(inflation.bytes, part);
      if (!content) return null;
    }
    if (part.localName.toLowerCase() === 'xl/workbook.xml') workbookXml = binaryText(content);
    if (part.localName.toLowerCase() === 'xl/_rels/workbook.xml.rels') relationshipsXml = binaryText(content);
    XLSX.CFB.utils.cfb_add(container, part.localName, content);
  }
  const sheetNames = workbookSheetNames(workbookXml, relationshipsXml);
  for (const { path, declaredRows } of cutSheets) {
    const name = sheetNames.get(path);
    if (name !== undefined && declaredRows !== null) declaredRowCounts.set(name, declaredRows);
  }
  const written = XLSX.CFB.write(container, { fileType: 'zip', type: 'array', compression: false }) as ArrayLike<number>;
  return { bytes: Uint8Array.from(written), truncated: cutSheets.length > 0, declaredRowCounts };
}

// Row ends, with or without a namespace prefix: "</row>", and a row with no cells, "<row r="7"/>".
const rowEnd = /<\/(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*\/>/g;
const sheetDataEnd = /<\/(?:\w+:)?sheetData>/;

async function firstRowsOfWorksheet(
  bytes: Uint8Array,
  part: ZipPart,
  rowLimit: number,
): Promise<{ bytes: Uint8Array; cut: boolean; declaredRows: number | null } | null> {
  const chunks: Uint8Array[] = [];
  let text = '';
  let rows = 0;
  let cutAt: number | null = null;
  const unpackWhole = part.inflatedSize <= sheetUnpackedWholeBelowBytes;
  const unpacked = await unpack(bytes, part, (chunk) => {
    chunks.push(chunk);
    if (cutAt !== null) return !unpackWhole;
    // SheetJS reads an .xlsx part one character per byte; so does this search, so offsets are byte offsets.
    const from = Math.max(0, text.length - 64);
    text += binaryText(chunk);
    rowEnd.lastIndex = from;
    for (let match = rowEnd.exec(text); match; match = rowEnd.exec(text)) {
      if (match.index + match[0].length <= from) continue;
      if (++rows === rowLimit) {
        cutAt = match.index + match[0].length;
        break;
      }
    }
    return cutAt !== null && !unpackWhole;
  });
  if (!unpacked) return null;
  const whole = joinChunks(chunks);
  // Fewer rows than the limit (or UTF-16 XML, whose row tags this search does not see): the whole sheet.
  if (cutAt === null) return { bytes: whole, cut: false, declaredRows: null };

  const head = text.slice(0, cutAt);
  const declaredRows = declaredRowCount(head);
  if (unpackWhole) {
    // Everything after the rows (merges, autofilter, the closing tags) as written.
    const rest = binaryText(whole.subarray(cutAt));
    const end = sheetDataEnd.exec(rest);
    if (!end) return null;
    return { bytes: joinChunks([whole.subarray(0, cutAt), whole.subarray(cutAt + end.index)]), cut: true, declaredRows };
  }
  const root = /<(\w+:)?worksheet\b/.exec(head);
  const sheetData = /<(\w+:)?sheetData\b/.exec(head);
  if (!root || !sheetData) return null;
  const closing = new TextEncoder().encode(`</${sheetData[1] ?? ''}sheetData></${root[1] ?? ''}worksheet>`);
  return { bytes: joinChunks([whole.subarray(0, cutAt), closing]), cut: true, declaredRows };
}

/** The last row of the range a worksheet's <dimension> declares ("A1:T100001" holds 100,001 rows). */
function declaredRowCount(head: string): number | null {
  const dimension = /<(?:\w+:)?dimension\b[^>]*\bref\s*=\s*["'][A-Z]*\d*:?[A-Z]*(\d+)["']/i.exec(head);
  return dimension ? Number(dimension[1]) : null;
}

async function unpackWhole(bytes: Uint8Array, part: ZipPart): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  const unpacked = await unpack(bytes, part, (chunk) => {
    chunks.push(chunk);
    return false;
  });
  return unpacked ? joinChunks(chunks) : null;
}

/**
 * Unpacks a part chunk by chunk, until `take` says it has enough. False when the part is damaged
 * or unpacks to more than it declares: the full read reports that.
 */
async function unpack(bytes: Uint8Array, part: ZipPart, take: (chunk: Uint8Array) => boolean): Promise<boolean> {
  let enough = false;
  const sink = { write: (chunk: Uint8Array) => void (enough = take(chunk)), end: () => undefined };
  const damage = await streamZipParts(
    bytes,
    [part],
    () => sink,
    () => enough,
  );
  return damage === null;
}

function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

const binaryDecoder = new TextDecoder('latin1');

/** One character per byte (TextDecoder's "latin1" is windows-1252, which keeps one unit per byte too). */
function binaryText(bytes: Uint8Array): string {
  return binaryDecoder.decode(bytes);
}
