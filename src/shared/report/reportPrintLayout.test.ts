import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/defaultDataset.testHelpers';
import { buildReportWorkbook } from './reportWorkbook';
import { buildTableWorkbook } from './tableWorkbook';
import { unzipText } from './xlsxPackage.testHelpers';

const title = 'Uzbekistan–China deals & projects';
const bytes = buildReportWorkbook({
  records: dataset,
  title,
  filtersDescription: [],
  author: 'N. Karimova',
  generatedAt: new Date('2026-11-25T09:30:00Z'),
  format: 'xlsx',
});
const sheetNames = XLSX.read(bytes, { type: 'array', bookSheets: true }).SheetNames;
const sheetXml = (index: number) => unzipText(bytes, `xl/worksheets/sheet${index + 1}.xml`);

// The worksheet's children in the order ECMA-376 (CT_Worksheet) requires; Excel "repairs" a file that breaks it.
const worksheetOrder = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetProtection',
  'autoFilter',
  'mergeCells',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'ignoredErrors',
  'drawing',
  'tableParts',
];

function childElementNames(xml: string): string[] {
  const body = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
  const names: string[] = [];
  let depth = 0;
  for (const [, closing, name, selfClosing] of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (closing) depth -= 1;
    else {
      if (depth === 0) names.push(name);
      if (!selfClosing) depth += 1;
    }
  }
  return names;
}

/** Whether a cell format of the style sheet prints bold: its font has `<b/>`. */
function isBold(stylesXml: string, styleIndex: number): boolean {
  const formats = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)![1].matchAll(/<xf [^>]*>/g)];
  const fontId = Number(/fontId="(\d+)"/.exec(formats[styleIndex][0])![1]);
  const fonts = [.../<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(stylesXml)![1].matchAll(/<font>[\s\S]*?<\/font>/g)];
  return fonts[fontId][0].includes('<b/>');
}

const styleOfCell = (xml: string, reference: string) => Number(new RegExp(`<c r="${reference}" s="(\\d+)"`).exec(xml)?.[1] ?? 0);

describe('a report as it prints', () => {
  it('fits every sheet to the width of a landscape A4 page, headed by the title and numbered', () => {
    sheetNames.forEach((name, index) => {
      const xml = sheetXml(index);
      expect(xml, name).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      expect(xml, name).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      // "&" starts a code in a header, so the title's own is doubled, then escaped for XML.
      expect(xml, name).toContain(
        '<headerFooter><oddHeader>&amp;L&amp;"-,Bold"Uzbekistan–China deals &amp;&amp; projects&amp;R&amp;A</oddHeader>'.replace(
          /"/g,
          '&quot;',
        ),
      );
      expect(xml, name).toContain('<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>');
      const children = childElementNames(xml);
      expect(
        children.every((child) => worksheetOrder.includes(child)),
        `${name}: ${children}`,
      ).toBe(true);
      expect(children, name).toEqual([...children].sort((a, b) => worksheetOrder.indexOf(a) - worksheetOrder.indexOf(b)));
      // The frozen header and autofilter stay.
      expect(xml, name).toContain('state="frozen"');
      if (index > 0) expect(children, name).toContain('autoFilter');
    });
  });

  it('holds each part of the package once', () => {
    const paths: string[] = XLSX.CFB.read(bytes, { type: 'array' }).FullPaths;
    expect(paths.length).toBeGreaterThan(sheetNames.length);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('repeats each table’s heading row on every page, and prints it bold', () => {
    const workbookXml = unzipText(bytes, 'xl/workbook.xml');
    const styles = unzipText(bytes, 'xl/styles.xml');
    sheetNames.forEach((name, index) => {
      const printTitles = `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;${name}&apos;!$1:$1</definedName>`;
      if (index === 0) {
        expect(workbookXml).not.toContain(`_xlnm.Print_Titles" localSheetId="0"`);
        return;
      }
      expect(workbookXml, name).toContain(printTitles);
      expect(isBold(styles, styleOfCell(sheetXml(index), 'A1')), name).toBe(true);
      expect(isBold(styles, styleOfCell(sheetXml(index), 'A2')), name).toBe(false);
    });
  });

  it('prints the summary’s titles and column headings bold, and its notes unwrapped', () => {
    const summary = XLSX.read(bytes, { type: 'array', sheets: 0 }).Sheets['Summary']!;
    const rowOf = (text: string) =>
      Object.keys(summary).find((reference) => !reference.startsWith('!') && summary[reference].v === text)!;
    const styles = unzipText(bytes, 'xl/styles.xml');
    const xml = sheetXml(0);
    for (const heading of ['Deal value by year', 'Year', 'Deal value by sector', 'Latest indicator values', 'Indicator'])
      expect(isBold(styles, styleOfCell(xml, rowOf(heading))), heading).toBe(true);
    const note = rowOf('A deal in several sectors counts in each, so these rows overlap and must not be added up.');
    expect(isBold(styles, styleOfCell(xml, note))).toBe(false);
    const format = [...styles.matchAll(/<cellXfs[^>]*>[\s\S]*?<\/cellXfs>/g)][0][0].match(/<xf [\s\S]*?<\/xf>/g)!;
    expect(format[styleOfCell(xml, note)]).not.toContain('wrapText="1"');
  });

  it('wraps long text in a table and makes each row tall enough for its longest cell', () => {
    const styles = unzipText(bytes, 'xl/styles.xml');
    // A cell with no format of its own wraps in Excel (first cell format) and LibreOffice (Normal style).
    expect(/<cellStyleXfs count="1"><xf [^>]*><alignment vertical="top" wrapText="1"\/><\/xf>/.test(styles)).toBe(true);
    expect(/<cellXfs count="\d+"><xf numFmtId="0" [^>]*><alignment vertical="top" wrapText="1"\/><\/xf>/.test(styles)).toBe(true);
    const deals = XLSX.read(bytes, { type: 'array', cellStyles: true }).Sheets['Deals']!;
    const heights = deals['!rows'] ?? [];
    // Every deal cites a sentence or more, longer than a column is wide.
    for (let row = 1; row <= dataset.deals.length; row++) expect(heights[row]?.hpt, `row ${row + 1}`).toBeGreaterThan(30);
    expect(deals['!cols']?.every((column) => column.wch! <= 24)).toBe(true);
  });

  it('sets up a table exported on its own for print as well', () => {
    const table = buildTableWorkbook('Deals (filtered)', ['Title', 'Notes'], [['Huawei data centre', 'A note']]);
    const xml = unzipText(table, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('fitToWidth="1"');
    expect(unzipText(table, 'xl/workbook.xml')).toContain('&apos;Deals (filtered)&apos;!$1:$1');
  });
});

describe('a report in reading order', () => {
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true });
  const rowsOf = (name: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name]!, { header: 1, raw: true, defval: null, UTC: true });
  const column = (name: string, header: string) => {
    const [headers, ...rows] = rowsOf(name);
    return rows.map((row) => row[headers.indexOf(header)]);
  };
  const inDateOrder = (days: unknown[]) => {
    const dated = days.filter((day) => day instanceof Date);
    expect(days.slice(0, dated.length), 'undated rows come last').toEqual(dated);
    expect(dated.map(Number)).toEqual(dated.map(Number).sort((a, b) => a - b));
  };

  it('lists deals, events, observations and sources by date, undated last', () => {
    inDateOrder(column('Deals', 'Date (start)'));
    expect(column('Deals', 'Date (start)').at(-1)).toBeNull();
    inDateOrder(column('Events', 'Date (start)'));
    inDateOrder(column('Indicators', 'Period (start)'));
    inDateOrder(column('Sources', 'Date (start)'));
  });

  it('writes the summary’s years as numbers and its figures with number formats', () => {
    const summary = workbook.Sheets['Summary']!;
    const year = Object.values(summary).find((cell) => (cell as XLSX.CellObject).v === 2016) as XLSX.CellObject;
    expect(year).toMatchObject({ t: 'n', v: 2016 });
    const exports = Object.entries(summary).find(([, cell]) => (cell as XLSX.CellObject).v === 632_100)!;
    expect(exports[1]).toMatchObject({ t: 'n', z: '#,##0' });
    const previous = summary[XLSX.utils.encode_cell({ ...XLSX.utils.decode_cell(exports[0]), c: 7 })] as XLSX.CellObject;
    expect(previous).toMatchObject({ v: 455_400, z: '#,##0' });
  });

  it('puts a qualifier beside every value in US dollars', () => {
    for (const sheet of ['Deals', 'Summary']) {
      const cells = rowsOf(sheet).flatMap((row, rowIndex) =>
        row.flatMap((cell, columnIndex) => (cell === 'Value (USD)' ? [[rowIndex, columnIndex]] : [])),
      );
      expect(cells.length, sheet).toBeGreaterThan(0);
      for (const [row, columnIndex] of cells) expect(rowsOf(sheet)[row][columnIndex + 1], sheet).toBe('Qualifier');
    }
  });
});
