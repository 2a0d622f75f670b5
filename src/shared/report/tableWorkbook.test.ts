import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildTableWorkbook } from './tableWorkbook';

function readBack(bytes: Uint8Array): XLSX.WorkSheet {
  const workbook = XLSX.read(bytes, { type: 'array' });
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

  it('never turns hostile text into a formula', () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const sheet = readBack(buildTableWorkbook('Deals', ['Title'], hostile.map((text) => [text])));
    hostile.forEach((text, index) => {
      const cell = sheet[`A${index + 2}`];
      expect(cell.t).toBe('s');
      expect(cell.v).toBe(text);
      expect(cell.f).toBeUndefined();
    });
  });
});
