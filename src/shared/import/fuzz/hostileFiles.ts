/**
 * The files the import fuzz test feeds the pipeline: real-world spreadsheets mutated byte by byte,
 * workbooks built with hostile values, worksheets with hand-edited XML, delimited text, and a few
 * fixed heavy cases (zip bombs, ten-megabyte strings, millions of cells). Every case is a pure
 * function of the seed and its number, so one failing case can be run again alone. Tests only.
 */
import type * as XLSX from 'xlsx';
import { seededRandom, type SeededRandom } from '../../testing/seededRandom';
import { defaultMaxCells } from '../readWorkbook';
import { patchZipPart, writeWorkbook } from '../testWorkbooks';
import { hostileHeader, hostileValue, longText, markupTexts, prototypeKeys, type FuzzCellValue } from './hostileValues';
import { concatBytes, worksheetBomb } from './zipBombs';

export interface FuzzCase {
  /** What was built and how it was damaged, for the failure message. */
  description: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

const extensions = ['xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'csv', 'tsv', 'txt', 'fods', 'slk', 'dbf', 'html', 'bin', ''];
const writableBookTypes: XLSX.BookType[] = [
  'xlsx',
  'xlsm',
  'xlsb',
  'xls',
  'biff5',
  'ods',
  'fods',
  'csv',
  'txt',
  'html',
  'sylk',
  'dif',
];
const magicNumbers: readonly number[][] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x25, 0x50, 0x44, 0x46],
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x3c, 0x3f, 0x78, 0x6d, 0x6c],
  [0x49, 0x44, 0x3b],
  [0x09, 0x04],
  [0x00, 0x00, 0x02, 0x00],
  [0x03, 0x7d, 0x0b, 0x0f],
  [0x00, 0x00, 0x00, 0x00],
];

/** Heavy hostile files, each fed once per run: built lazily, since most runs need each once. */
export const fixedCases: ReadonlyArray<() => FuzzCase> = [
  () => ({
    description: 'zip bomb: 1 GB of XML in 1 MB, sizes declared honestly',
    fileName: 'bomb.xlsx',
    bytes: worksheetBomb(1024, false),
  }),
  () => ({
    description: 'zip bomb: 300 MB of XML, sizes lie (1 KB, streamed)',
    fileName: 'bomb.xlsx',
    bytes: worksheetBomb(300, true),
  }),
  () => ({
    description: 'one-megabyte string in a data cell of an xlsx',
    fileName: 'long.xlsx',
    bytes: patchSheet(smallDeals(), (xml) =>
      xml.replace(
        /<c r="A2"[^>]*>.*?<\/c>/,
        `<c r="A2" t="inlineStr"><is><t>${escapeXml(longText(seededRandom(1), 1_000_000))}</t></is></c>`,
      ),
    ),
  }),
  () => ({
    description: 'ten-megabyte header in a CSV',
    fileName: 'long-header.csv',
    bytes: new TextEncoder().encode(`"${longText(seededRandom(2), 10_000_000).replace(/"/g, '""')}",Amount\nData centre,1\n`),
  }),
  () => ({
    description: `CSV of more than ${defaultMaxCells.toLocaleString('en-US')} cells, over the cell limit`,
    fileName: 'many-cells.csv',
    bytes: new TextEncoder().encode('Title,Amount,Signed\n' + 'a,1,2024\n'.repeat(defaultMaxCells / 3 + 1_000)),
  }),
  () => ({
    description: 'xlsx declaring A1:XFD1048576 with a value in XFD1048576',
    fileName: 'huge-range.xlsx',
    bytes: patchSheet(smallDeals(), (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
    ),
  }),
  () => ({
    description: 'xlsx with a value at row 100,000,000, beyond the grid',
    fileName: 'beyond-grid.xlsx',
    bytes: patchSheet(smallDeals(), (xml) =>
      xml.replace('</sheetData>', '<row r="100000000"><c r="A100000000"><v>1</v></c></row></sheetData>'),
    ),
  }),
  () => ({
    description: 'xlsx with XML nested 200,000 levels deep',
    fileName: 'nested.xlsx',
    bytes: patchSheet(smallDeals(), (xml) =>
      xml.replace('<sheetData>', `<sheetData>${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}`),
    ),
  }),
];

export function buildFuzzCase(seed: number, caseNumber: number, corpus: readonly CorpusFile[]): FuzzCase {
  if (caseNumber < fixedCases.length) return fixedCases[caseNumber]();
  const random = seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ caseNumber);
  const roll = random.next();
  if (roll < 0.4 && corpus.length > 0) return mutatedCorpusFile(random, corpus);
  if (roll < 0.7) return builtWorkbook(random);
  if (roll < 0.9) return patchedWorksheet(random);
  return delimitedText(random);
}

function mutatedCorpusFile(random: SeededRandom, corpus: readonly CorpusFile[]): FuzzCase {
  const base = random.pick(corpus);
  const { bytes, steps } = mutate(random, base.bytes, 1 + random.integer(3));
  const fileName = random.chance(0.8) ? base.name : renamed(random, base.name);
  return { description: `${base.name} from the corpus, ${steps.join(', ')}`, fileName, bytes };
}

function builtWorkbook(random: SeededRandom): FuzzCase {
  const bookType = random.pick(writableBookTypes);
  const columns = 1 + random.integer(12);
  const rows: FuzzCellValue[][] = [Array.from({ length: columns }, () => hostileHeader(random))];
  for (let row = 1 + random.integer(30); row > 0; row--) {
    rows.push(Array.from({ length: columns }, () => hostileValue(random)));
  }
  const sheets = [
    {
      name: random.chance(0.2) ? random.pick([...prototypeKeys, ...markupTexts]).slice(0, 31) : 'Deals',
      rows: rows.map(writable),
    },
  ];
  let bytes: Uint8Array;
  try {
    bytes = writeWorkbook(sheets, bookType);
  } catch {
    // SheetJS refuses to write some values in some formats (a sheet name with "[" or "*", a date
    // past year 9999 in ods); the fuzz case is then the same rows, dates as numbers, in an xlsx.
    const plainRows = sheets[0].rows.map((row) => row.map((value) => (value instanceof Date ? value.getTime() : value)));
    bytes = writeWorkbook([{ name: 'Deals', rows: plainRows }], 'xlsx');
  }
  const description = `${bookType} of ${rows.length} rows × ${columns} columns of hostile values`;
  if (!random.chance(0.3)) return { description, fileName: `hostile.${extensionOf(bookType)}`, bytes };
  const mutated = mutate(random, bytes, 1);
  return {
    description: `${description}, ${mutated.steps.join(', ')}`,
    fileName: `hostile.${extensionOf(bookType)}`,
    bytes: mutated.bytes,
  };
}

/**
 * SheetJS refuses to write text over Excel's 32,767 characters and dates that are not dates; those
 * reach the reader through the delimited-text cases and the patched worksheets instead.
 */
function writable(row: FuzzCellValue[]): FuzzCellValue[] {
  return row.map((value) => {
    if (value instanceof Date && Number.isNaN(value.getTime())) return Number.NaN;
    return typeof value === 'string' ? value.slice(0, 32_767) : value;
  });
}

/** Worksheet XML no spreadsheet program writes, though a hand-made or hostile file might. */
function patchedWorksheet(random: SeededRandom): FuzzCase {
  const depth = 1 + random.integer(5_000);
  const row = 1 + random.integer(2_000_000);
  const column = randomColumnName(random);
  const patches: Array<[string, (xml: string) => string]> = [
    ['huge declared dimension', (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${column}${row}"/>`)],
    [
      `value at ${column}${row}`,
      (xml) => xml.replace('</sheetData>', `<row r="${row}"><c r="${column}${row}"><v>7</v></c></row></sheetData>`),
    ],
    [
      `nested ${depth} deep in a cell`,
      (xml) =>
        xml.replace(
          /<c r="A2"[^>]*>.*?<\/c>/,
          `<c r="A2" t="inlineStr"><is>${'<r><t>'.repeat(depth)}x${'</t></r>'.repeat(depth)}</is></c>`,
        ),
    ],
    ['shared string index out of range', (xml) => xml.replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2" t="s"><v>99999</v></c>')],
    [
      'NaN, Infinity and 1e400 as numbers',
      (xml) =>
        xml.replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2"><v>NaN</v></c><c r="C2"><v>Infinity</v></c><c r="D2"><v>1e400</v></c>'),
    ],
    [
      'invalid ISO dates',
      (xml) =>
        xml.replace(
          /<c r="C2"[^>]*>.*?<\/c>/,
          '<c r="C2" t="d"><v>2024-02-31T25:61:00</v></c><c r="D2" t="d"><v>not a date</v></c>',
        ),
    ],
    [
      'formulas without results',
      (xml) =>
        xml.replace(
          /<c r="B2"[^>]*>.*?<\/c>/,
          '<c r="B2"><f>WEBSERVICE("http://example.org")</f></c><c r="C2" t="str"><f>A1&amp;A1</f></c>',
        ),
    ],
    [
      'control characters and entities',
      (xml) =>
        xml.replace(
          /<c r="A2"[^>]*>.*?<\/c>/,
          '<c r="A2" t="inlineStr"><is><t>&#0;&#7;&#x1b;&amp;lt;script&amp;gt;_x0000__xD800_</t></is></c>',
        ),
    ],
    [
      'DTD with entity expansion',
      (xml) =>
        xml
          .replace(
            '<worksheet',
            '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet',
          )
          .replace(/<c r="A2"[^>]*>.*?<\/c>/, '<c r="A2" t="inlineStr"><is><t>&c;</t></is></c>'),
    ],
    ['invalid cell references', (xml) => xml.replace(/<c r="A2"/, '<c r="A0"').replace(/<c r="B2"/, '<c r="-1"')],
    [
      'huge merged range',
      (xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    ],
    ['truncated XML', (xml) => xml.slice(0, random.integer(xml.length))],
    ['prototype keys as sheet XML attributes', (xml) => xml.replace('<c r="A1"', '<c __proto__="x" constructor="y" r="A1"')],
  ];
  const chosen = Array.from({ length: 1 + random.integer(2) }, () => random.pick(patches));
  const bytes = patchSheet(smallDeals(random), (xml) => chosen.reduce((patched, [, patch]) => patch(patched), xml));
  return { description: `xlsx with ${chosen.map(([name]) => name).join(' and ')}`, fileName: 'patched.xlsx', bytes };
}

function delimitedText(random: SeededRandom): FuzzCase {
  const delimiter = random.pick([',', ';', '\t', '|', '\u0000', '']);
  const lines = Array.from({ length: 1 + random.integer(40) }, (_, line) =>
    Array.from({ length: 1 + random.integer(8) }, () => {
      const value = line === 0 ? hostileHeader(random) : hostileValue(random);
      const text = value instanceof Date ? String(value) : String(value ?? '');
      return random.chance(0.3) ? `"${text}` : text; // an unbalanced quote now and then
    }).join(delimiter),
  );
  const text = lines.join(random.pick(['\n', '\r\n', '\r']));
  const encoded = random.chance(0.8)
    ? new TextEncoder().encode(text)
    : Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
  const fileName = `hostile.${random.pick(['csv', 'tsv', 'txt', 'xls', ''])}`;
  return { description: `delimited text, ${lines.length} lines split by ${JSON.stringify(delimiter)}`, fileName, bytes: encoded };
}

function mutate(random: SeededRandom, original: Uint8Array, count: number): { bytes: Uint8Array; steps: string[] } {
  let bytes = original;
  const steps: string[] = [];
  for (let step = 0; step < count; step++) {
    const at = random.integer(bytes.length + 1);
    switch (random.integer(6)) {
      case 0:
        bytes = bytes.slice(0, at);
        steps.push(`truncated to ${at} bytes`);
        break;
      case 1: {
        bytes = bytes.slice();
        const flips = 1 + random.integer(32);
        for (let flip = 0; flip < flips && bytes.length > 0; flip++)
          bytes[random.integer(bytes.length)] ^= 1 << random.integer(8);
        steps.push(`${flips} bits flipped`);
        break;
      }
      case 2: {
        const magic = random.pick(magicNumbers);
        bytes = bytes.slice();
        bytes.set(magic.slice(0, bytes.length));
        steps.push(`magic bytes ${magic.map((byte) => byte.toString(16).padStart(2, '0')).join(' ')}`);
        break;
      }
      case 3: {
        const length = random.integer(Math.min(4096, bytes.length - at) + 1);
        bytes = bytes.slice();
        bytes.fill(random.chance(0.5) ? 0 : 0xff, at, at + length);
        steps.push(`${length} bytes at ${at} overwritten`);
        break;
      }
      case 4: {
        const length = random.integer(Math.min(4096, bytes.length - at) + 1);
        bytes = concatBytes(bytes.subarray(0, at), bytes.subarray(at, at + length), bytes.subarray(at));
        steps.push(`${length} bytes at ${at} repeated`);
        break;
      }
      default: {
        const noise = Uint8Array.from({ length: 1 + random.integer(256) }, () => random.integer(256));
        bytes = concatBytes(bytes.subarray(0, at), noise, bytes.subarray(at));
        steps.push(`${noise.length} random bytes inserted at ${at}`);
      }
    }
  }
  return { bytes, steps };
}

function smallDeals(random?: SeededRandom): Uint8Array {
  const extra = random ? hostileValue(random) : null;
  return writeWorkbook([
    {
      name: 'Deals',
      rows: [
        ['Title', 'Amount', 'Signed', 'Chinese party'],
        ['Data centre in Tashkent', 700_000_000, new Date(Date.UTC(2024, 2, 15)), 'Huawei'],
        writable(['Smart city', 'USD 1.2 bn', '25/12/2024', extra]),
      ],
    },
  ]);
}

function patchSheet(bytes: Uint8Array, patch: (xml: string) => string): Uint8Array {
  return patchZipPart(bytes, '/xl/worksheets/sheet1.xml', patch);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function randomColumnName(random: SeededRandom): string {
  const letters = 1 + random.integer(4);
  return Array.from({ length: letters }, () => String.fromCharCode(65 + random.integer(26))).join('');
}

function renamed(random: SeededRandom, name: string): string {
  const extension = random.pick(extensions);
  const stem = name.replace(/\.[^.]*$/, '');
  return extension ? `${stem}.${extension}` : stem;
}

function extensionOf(bookType: XLSX.BookType): string {
  const byType: Partial<Record<XLSX.BookType, string>> = { biff5: 'xls', sylk: 'slk', txt: 'txt', fods: 'fods' };
  return byType[bookType] ?? bookType;
}
