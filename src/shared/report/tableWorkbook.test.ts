import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildTableWorkbook } from './tableWorkbook';
import { printColumnWidth } from './printRowHeights';
import { calendarDay, cellFormats, cellTextLimit } from './tableCells';
import { unzipText } from './xlsxPackage.testHelpers';

function readBack(bytes: Uint8Array): XLSX.WorkSheet {
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true });
  expect(workbook.SheetNames).toEqual(['Deals']);
  return workbook.Sheets['Deals'];
}

describe('table workbook', () => {
  it('writes numbers as numbers and text as text, with headers and an autofilter', () => {
    const sheet = readBack(
      buildTableWorkbook(
        'Deals',
        ['Title', 'Value (USD)', 'Notes'],
        [
          ['Infrastructure programme', 700_000_000, null],
          ['Huawei data center', 58_400_000, 'completed'],
        ],
      ),
    );
    expect(sheet['A1']).toMatchObject({ t: 's', v: 'Title' });
    expect(sheet['B2']).toMatchObject({ t: 'n', v: 700_000_000 });
    expect(sheet['B3']).toMatchObject({ t: 'n', v: 58_400_000 });
    expect(sheet['C2']).toBeUndefined();
    expect(sheet['!autofilter']?.ref).toBe('A1:C3');
    expect(sheet['!ref']).toBe('A1:C3');
  });

  it('makes each column as wide as its widest value as shown: USD with separators, the longest line of text', () => {
    const bytes = buildTableWorkbook(
      'Deals',
      [{ header: 'Value' }, { header: 'USD', format: cellFormats.usd }, { header: 'Notes' }],
      [
        [-1_234_567.4, -1_234_567.4, 'short\na line of twenty-six chars'],
        [12, 999, 'ok'],
      ],
    );
    const widths = XLSX.read(bytes, { type: 'array', cellStyles: true }).Sheets['Deals']['!cols']?.map((column) => column.wch);
    // Plus two characters of padding: "-1234567.4" is 10, "-1,234,567" is 10, the longer line 26 (wrapped past the print width).
    expect(widths).toEqual([12, 12, Math.min(28, printColumnWidth)]);
  });

  it('writes calendar days as dates and yes/no as booleans', () => {
    const sheet = readBack(buildTableWorkbook('Deals', ['Signed on', 'Pinned'], [[calendarDay('1999-11-08'), true]]));
    expect(sheet['A2']).toMatchObject({ t: 'd', v: new Date('1999-11-08T00:00:00Z'), w: '1999-11-08' });
    expect(sheet['B2']).toMatchObject({ t: 'b', v: true });
  });

  it('never turns hostile text into a formula', () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const sheet = readBack(
      buildTableWorkbook(
        'Deals',
        ['Title'],
        hostile.map((text) => [text]),
      ),
    );
    hostile.forEach((text, index) => {
      const cell = sheet[`A${index + 2}`];
      expect(cell.t).toBe('s');
      expect(cell.v).toBe(text);
      expect(cell.f).toBeUndefined();
    });
  });

  it('cuts text longer than a cell holds instead of failing, without splitting an emoji', () => {
    const long = `${'a'.repeat(cellTextLimit - 2)}😀 and more`;
    const cell = readBack(buildTableWorkbook('Deals', ['Notes'], [[long]]))['A2'];
    expect(cell.v).toBe(`${'a'.repeat(cellTextLimit - 2)}…`);
  });

  it('returns plain bytes (not a Node Buffer or an ArrayBuffer) with the header row frozen', () => {
    const bytes = buildTableWorkbook('Deals', ['Title'], [['Uzbektelecom–Tencent agreements']]);
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(unzipText(bytes, 'xl/worksheets/sheet1.xml')).toContain(
      '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>',
    );
    expect(readBack(bytes)['A2'].v).toBe('Uzbektelecom–Tencent agreements');
  });
});
