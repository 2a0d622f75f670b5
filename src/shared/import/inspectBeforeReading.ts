import { markupText } from './decodeText';
import { fileExtension, type FileRoute } from './detectFileFormat';
import { corruptFileError, passwordProtectedError } from './importErrors';
import { findLoopingSectorChain } from './oleSectorChains';
import { openDocumentCellReader } from './openDocumentCells';
import { PartTextSink } from './partText';
import { describeFormat } from './readWithSheetJS';
import { SheetGridTally } from './sheetGridTally';
import { SpreadsheetMlCellCounter } from './spreadsheetMlCells';
import type { ImportError } from './workbookTypes';
import { measureZipInflation, type ZipPart } from './zipInflatedSize';
import { workbookSheetNames } from './workbookSheetNames';
import { XlsbCellCounter } from './xlsbCells';
import { streamZipParts, type ZipPartSink } from './zipStreams';

export interface InspectionLimits {
  maxCells: number;
  maxInflatedBytes: number;
}

type SheetJSRoute = Extract<FileRoute, { reader: 'sheetjs' }>;

/**
 * Everything learnt about a file before SheetJS reads it, and the reason to refuse it if there is
 * one: a ZIP part that is damaged, an OpenDocument file encrypted with a password, XML that
 * declares more cells than the limit, or an .xls whose sectors loop (see oleSectorChains.ts). SheetJS builds every cell a file declares before the import
 * can count them, and one OpenDocument cell repeated 999,999,999 × 999,999,999 times would take all
 * memory; here the declarations are counted as the XML streams past, and nothing is built.
 */
export async function inspectBeforeReading(
  bytes: Uint8Array,
  fileName: string,
  route: SheetJSRoute,
  limits: InspectionLimits,
): Promise<ImportError | null> {
  if (route.container === 'zip') return inspectZip(bytes, fileName, limits);
  if (route.container === 'other') return inspectMarkup(bytes, fileName, limits.maxCells);
  const loop = findLoopingSectorChain(bytes);
  return loop ? corruptFileError(fileName, describeFormat(fileExtension(fileName), 'ole'), loop) : null;
}

async function inspectZip(bytes: Uint8Array, fileName: string, limits: InspectionLimits): Promise<ImportError | null> {
  const format = describeFormat(fileExtension(fileName), 'zip');
  const inflation = measureZipInflation(bytes, limits.maxInflatedBytes);
  // Too large is readWithSheetJS's to report, from the same measurement, without unpacking anything.
  if (!inflation.ok) return inflation.problem === 'unreadable' ? corruptFileError(fileName, format, inflation.detail) : null;

  const tally = new SheetGridTally(limits.maxCells);
  const kind = packageKind(inflation.parts);
  let encrypted = false;
  const unreadableXml: string[] = [];
  const worksheets = new SpreadsheetMlCellCounter(tally);
  const workbookParts = { workbook: '', relationships: '' };
  const sinkFor = (part: ZipPart): ZipPartSink | null => {
    const name = sheetJSPath(part.localName);
    if (kind === 'opendocument') {
      if (name === 'meta-inf/manifest.xml') return textOf((text) => (encrypted = saysEncrypted(text)));
      if (name !== 'content.xml') return null;
      const reader = openDocumentCellReader(tally);
      const sink = new PartTextSink('utf-8', (text) => reader.write(text));
      return whenDone(sink, () => {
        const problem = sink.problem ?? reader.problem;
        if (problem) unreadableXml.push(`${part.localName}: ${problem}`);
      });
    }
    if (kind === 'other') return null;
    // Binary worksheets of an .xlsb; other .bin parts (macros, printer settings) hold no cells.
    if (name.endsWith('.bin')) return /(^|\/)worksheets\//.test(name) ? new XlsbCellCounter(tally, name) : null;
    if (name === 'xl/workbook.xml') return textOf((text) => (workbookParts.workbook = text));
    if (name === 'xl/_rels/workbook.xml.rels') return textOf((text) => (workbookParts.relationships = text));
    worksheets.startPart(name);
    return new PartTextSink('bytes', (text) => worksheets.write(text));
  };
  const damage = await streamZipParts(inflation.bytes, inflation.parts, sinkFor, () => tally.beyondAnyGrid());
  worksheets.end();

  if (encrypted) return passwordProtectedError(fileName, 'ods', 'META-INF/manifest.xml describes encrypted parts');
  if (damage) return corruptFileError(fileName, format, damage);
  if (unreadableXml.length > 0) return corruptFileError(fileName, format, unreadableXml.join('; '));
  if (kind === 'opendocument') return tally.tooLargeError(fileName, (table) => table || null);
  const sheetNames = workbookSheetNames(workbookParts.workbook, workbookParts.relationships);
  return tally.tooLargeError(fileName, (part) => sheetNames.get(part) ?? null);
}

/** Collects a small part's text whole (a manifest, a workbook's list of sheets), up to a megabyte. */
function textOf(done: (text: string) => void): ZipPartSink {
  let text = '';
  const sink = new PartTextSink('bytes', (piece) => {
    if (text.length < largestListPart) text += piece;
  });
  return whenDone(sink, () => done(text));
}

const largestListPart = 1024 * 1024;

/**
 * Which reader SheetJS picks for a ZIP (parse_zip in xlsx.mjs), by the names in the parts' own
 * headers: OpenDocument when there is a manifest or an objectdata.xml, Apple Numbers (no XML to
 * count) when there is an Index/Document.iwa, and otherwise Office Open XML.
 */
function packageKind(parts: readonly ZipPart[]): 'opendocument' | 'office-open-xml' | 'other' {
  const names = new Set(parts.map((part) => sheetJSPath(part.localName)));
  if (names.has('meta-inf/manifest.xml') || names.has('objectdata.xml')) return 'opendocument';
  if (names.has('index/document.iwa')) return 'other';
  return 'office-open-xml';
}

/** A part's name as SheetJS matches it (safegetzipfile): case and slash direction do not matter. */
function sheetJSPath(name: string): string {
  return name.toLowerCase().replace(/\\/g, '/');
}

/** LibreOffice describes each encrypted part in the manifest, and SheetJS refuses at the first of these. */
function saysEncrypted(manifestText: string): boolean {
  return /<(?:[^\s<>:]*:)?(?:encryption-data|algorithm|start-key-generation|key-derivation)[\s/>]/.test(manifestText);
}

function whenDone(sink: PartTextSink, done: () => void): ZipPartSink {
  return {
    write: (part) => sink.write(part),
    end: () => {
      sink.end();
      done();
    },
  };
}

/**
 * A flat OpenDocument spreadsheet (.fods) is plain XML that SheetJS reads whole, with the same
 * repeats as an .ods. SheetJS reads markup as the text markupText gives it (see readWithSheetJS),
 * and decides as below whether that text is XML or HTML (parse_xlml_xml); HTML has no repeats.
 */
function inspectMarkup(bytes: Uint8Array, fileName: string, maxCells: number): ImportError | null {
  const text = markupText(bytes);
  if (text === null || !sheetJSReadsAsXml(text)) return null;
  const tally = new SheetGridTally(maxCells);
  const reader = openDocumentCellReader(tally);
  reader.write(text);
  if (reader.problem) return corruptFileError(fileName, describeFormat(fileExtension(fileName), 'other'), reader.problem);
  return tally.tooLargeError(fileName, (table) => table || null);
}

function sheetJSReadsAsXml(text: string): boolean {
  const opening = text
    .replace(/^[\n\r ]+/, '')
    .slice(0, 1024)
    .toLowerCase()
    .replace(/".*?"/g, '');
  const position = (found: number) => found & 1023;
  if (position(opening.indexOf('>')) > Math.min(position(opening.indexOf(',')), position(opening.indexOf(';')))) return false;
  if (opening.includes('<?xml')) return true;
  return !['html', 'table', 'head', 'meta', 'script', 'style', 'div'].some((tag) => opening.includes(`<${tag}`));
}
