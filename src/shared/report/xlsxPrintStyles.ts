/**
 * The cell styles a report prints with, added to the `xl/styles.xml` SheetJS writes. SheetJS's
 * community edition writes one cell format per number format and nothing else (no fonts, borders or
 * alignment), so the formats it wrote are given their alignment here and the report's own are appended.
 */

/** Indexes of the cell formats appended after SheetJS's, as the worksheets refer to them. */
export interface PrintStyleIndexes {
  /** Column headings: bold, wrapped, a rule beneath. */
  heading: number;
  /** A title over a block of rows: bold, running across the empty cells beside it. */
  title: number;
  /** Text that runs across the empty cells beside it rather than wrapping in its column (a summary's notes). */
  unwrappedText: number;
}

// 0 is General and 49 is the text format ("@"): the formats of text cells, which wrap in their column.
const textFormatIds = new Set(['0', '49']);

const cellFormatsPattern = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/;
const fontsPattern = /<fonts count="(\d+)">(<font>[\s\S]*?<\/font>)/;
const normalStylePattern = /(<cellStyleXfs count="1"><xf [^>]*?)\/>/;
const bordersPattern = /<borders count="(\d+)">/;

/**
 * SheetJS's cell formats, each now aligned to the top of its row (so a row made tall by one wrapped
 * cell still reads across) and, for text, wrapped within its column; then the heading, title and
 * unwrapped-text formats. Throws when the style sheet is not laid out as SheetJS writes it.
 */
export function withPrintStyles(stylesXml: string): { xml: string; styles: PrintStyleIndexes } {
  const cellFormats = cellFormatsPattern.exec(stylesXml);
  const fonts = fontsPattern.exec(stylesXml);
  const borders = bordersPattern.exec(stylesXml);
  if (!cellFormats || !fonts || !borders || !normalStylePattern.test(stylesXml))
    throw new Error('SheetJS wrote an unexpected style sheet; cannot add print styles.');
  const written = [...cellFormats[2].matchAll(/<xf ([^>]*?)\/>/g)];
  if (written.length !== Number(cellFormats[1]))
    throw new Error('SheetJS wrote cell formats with contents of their own; cannot add print styles.');

  const boldFontId = Number(fonts[1]);
  const ruleBorderId = Number(borders[1]);
  const first = written.length;
  const styles: PrintStyleIndexes = { heading: first, title: first + 1, unwrappedText: first + 2 };
  const aligned = written.map(([, attributes]) => {
    const numberFormat = /numFmtId="(\d+)"/.exec(attributes)?.[1] ?? '0';
    const wrap = textFormatIds.has(numberFormat) ? ' wrapText="1"' : '';
    return `<xf ${attributes} applyAlignment="1"><alignment vertical="top"${wrap}/></xf>`;
  });
  const base = 'numFmtId="0" fillId="0" xfId="0"';
  const appended = [
    `<xf ${base} fontId="${boldFontId}" borderId="${ruleBorderId}" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="bottom" wrapText="1"/></xf>`,
    `<xf ${base} fontId="${boldFontId}" borderId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>`,
    // Indented, so a summary's text stands apart from a number right-aligned in the cell before it.
    `<xf ${base} fontId="0" borderId="0" applyAlignment="1"><alignment vertical="top" indent="1"/></xf>`,
  ];
  const boldFont = fonts[2].replace('<font>', '<font><b/>');
  const xml = stylesXml
    // LibreOffice gives a cell with no format of its own the Normal style, not the first cell format.
    .replace(normalStylePattern, `$1 applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`)
    .replace(cellFormatsPattern, `<cellXfs count="${first + appended.length}">${[...aligned, ...appended].join('')}</cellXfs>`)
    .replace(fontsPattern, `<fonts count="${boldFontId + 1}">${fonts[2]}`)
    .replace('</fonts>', `${boldFont}</fonts>`)
    .replace(bordersPattern, `<borders count="${ruleBorderId + 1}">`)
    .replace(
      '</borders>',
      '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>',
    );
  return { xml, styles };
}
