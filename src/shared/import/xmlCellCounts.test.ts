import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDocumentCellReader } from './openDocumentCells';
import { SheetGridTally } from './sheetGridTally';
import { SpreadsheetMlCellCounter } from './spreadsheetMlCells';

/** What an OpenDocument table's XML builds, read in the given pieces. */
function countOpenDocument(pieces: readonly string[]) {
  const tally = new SheetGridTally(Number.MAX_SAFE_INTEGER);
  const reader = openDocumentCellReader(tally);
  for (const piece of pieces) reader.write(piece);
  return { usedArea: tally.usedArea, createdCells: tally.createdCells, problem: reader.problem };
}

function countWorksheet(pieces: readonly string[]) {
  const tally = new SheetGridTally(Number.MAX_SAFE_INTEGER);
  const counter = new SpreadsheetMlCellCounter(tally);
  counter.startPart('xl/worksheets/sheet1.xml');
  for (const piece of pieces) counter.write(piece);
  counter.end();
  return { usedArea: tally.usedArea, createdCells: tally.createdCells };
}

const openDocumentPieces = [
  '<table:table table:name="A">',
  '<table:table-row table:number-rows-repeated="3">',
  '<table:table-row>',
  '</table:table-row>',
  '<table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>',
  '<table:table-cell table:number-columns-repeated="4"><text:p>x</text:p></table:table-cell>',
  '<table:table-cell table:number-columns-repeated="16384"/>',
  "<table:table-cell office:value-type='string' office:string-value='y'/>",
  '<table:covered-table-cell table:number-columns-repeated="2"/>',
  '<!-- a comment\'s "quotes" <table:table-cell> -->',
  '<![CDATA[ text ]]>',
  '<?pi data?>',
  ' \n ',
  '</table:table>',
];

const worksheetPieces = [
  '<row r="1">',
  '<row>',
  '</row>',
  '<c r="B2"><v>1</v></c>',
  '<c r="XFD3" t="s"><v>0</v></c>',
  '<c r="C4" s="1"/>',
  '<c><f>SUM(A1)</f></c>',
  '<x:c r="D5" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>',
  '<c r="E6" t="b"/>',
  '<v>9</v>',
];

/** A text cut anywhere: the pieces a decompressor may hand over. */
const cutText = (pieces: readonly string[]) =>
  fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 })).map(([parts, cuts]) => {
    const text = parts.join('');
    const positions = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
    const chunks: string[] = [];
    let start = 0;
    for (const position of positions) {
      chunks.push(text.slice(start, position));
      start = position;
    }
    chunks.push(text.slice(start));
    return { text, chunks };
  });

describe('counting cells from XML as it streams', () => {
  it('counts an OpenDocument table the same however its text is cut into pieces', () => {
    fc.assert(
      fc.property(cutText(openDocumentPieces), ({ text, chunks }) => {
        expect(chunks.join('')).toBe(text);
        expect(countOpenDocument(chunks)).toEqual(countOpenDocument([text]));
      }),
    );
  });

  it('counts a worksheet the same however its text is cut into pieces', () => {
    fc.assert(
      fc.property(cutText(worksheetPieces), ({ text, chunks }) => {
        expect(chunks.join('')).toBe(text);
        expect(countWorksheet(chunks)).toEqual(countWorksheet([text]));
      }),
    );
  });

  it('follows SheetJS: a row repeat holds until the row ends, a cell end builds rows × columns from the last cell tag', () => {
    const counts = countOpenDocument([
      '<table:table table:name="A"><table:table-row table:number-rows-repeated="5">',
      '<table:table-cell table:number-columns-repeated="7"><text:p>x</text:p></table:table-cell>',
      '<table:table-cell table:number-columns-repeated="1000"/>',
      '</table:table-row><table:table-row><table:table-cell/></table:table-row></table:table>',
    ]);
    // 5 × 7 cells with a value; the self-closing blank and empty cells build nothing.
    expect(counts).toEqual({ usedArea: 35, createdCells: 35, problem: null });
    // A stray end tag still builds, from the attributes of the last cell tag seen.
    expect(
      countOpenDocument([
        '<table:table-row table:number-rows-repeated="1e3"><table:covered-table-cell table:number-columns-repeated="10"/>',
        '</table:table-cell></table:table-row>',
      ]).createdCells,
    ).toBe(10 + 1_000 * 10);
  });

  it('reads a name after any prefix and before a "_" suffix, and attribute names in any case, as SheetJS does', () => {
    expect(
      countOpenDocument([
        '<a_b:table-row_x table:NUMBER-ROWS-REPEATED="4"><:table-cell_1 t:number-columns-repeated_2="3"><text:p>x</text:p></:table-cell_1></a_b:table-row_x>',
      ]),
    ).toEqual({ usedArea: 12, createdCells: 12, problem: null });
  });

  it('takes the largest of repeats that SheetJS could read under one name', () => {
    const counts = countOpenDocument([
      '<table:table-cell a:number-columns-repeated="999" b:number-columns-repeated_1="2"><text:p>x</text:p></table:table-cell>',
    ]);
    expect(counts.createdCells).toBe(999);
  });

  it('sees tags inside CDATA, which SheetJS does not set apart, and none inside comments, which it removes', () => {
    expect(countOpenDocument(['<![CDATA[<table:table-cell><text:p>x</text:p></table:table-cell>]]>']).createdCells).toBe(1);
    expect(countOpenDocument(['<!-- <table:table-cell><text:p>x</text:p></table:table-cell> -->']).createdCells).toBe(0);
  });

  it('stops where SheetJS and a strict reader could part ways', () => {
    const problems = [
      '<table:table-cell a="<" table:number-columns-repeated="9"/>',
      '<table:table-cell " table:number-columns-repeated="9"/>',
      '<table:table-cell a=1/>',
      '<table:table-cell a/>',
      '<!DOCTYPE x><table:table-cell/>',
      '<table:table-cell a="1" / >',
    ].map((xml) => countOpenDocument([xml]).problem);
    expect(problems).toEqual([
      'its XML has "<" inside an attribute value at character 22',
      'its XML has "<", a quote, "=" or "?" where an attribute should start at character 19',
      'its XML has an attribute value without quotes at character 21',
      'its XML has an attribute without a value at character 20',
      'its XML has a document type declaration at character 3',
      'its XML has "/" inside a tag at character 26',
    ]);
  });

  it('places worksheet cells by their references, so one value in column XFD widens every row', () => {
    expect(countWorksheet(['<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="XFD2"><v>1</v></c></row>'])).toEqual({
      usedArea: 2 * 16_384,
      createdCells: 2,
    });
    // Cells without a reference follow the one before; blank cells are built but hold no value.
    expect(countWorksheet(['<row r="3"><c r="B3"/><c><v>1</v></c><c/></row>'])).toEqual({ usedArea: 3, createdCells: 3 });
  });
});
