import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../import/parseDelimitedText';
import { buildTableCsv } from './tableCsv';
import { calendarDay } from './tableCells';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('table CSV', () => {
  it('starts with a UTF-8 byte order mark so Excel reads Cyrillic and Chinese names', () => {
    const bytes = buildTableCsv(['Name'], [['Узбектелеком'], ['华为']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe('\uFEFFName\r\nУзбектелеком\r\n华为\r\n');
  });

  it('quotes fields as RFC 4180 says and writes dates as YYYY-MM-DD and numbers with a dot', () => {
    const text = decode(
      buildTableCsv(
        ['Title', 'Value (USD)', 'Date (start)', 'Notes', 'Signed'],
        [
          ['Agreement “On Cooperation”, 1999', 58_400_000.5, calendarDay('1999-11-08'), 'He said "yes"\nthen left', true],
          ['Plain', 0.25, null, '', false],
        ],
      ),
    );
    expect(text).toBe(
      '\uFEFFTitle,Value (USD),Date (start),Notes,Signed\r\n' +
        '"Agreement “On Cooperation”, 1999",58400000.5,1999-11-08,"He said ""yes""\nthen left",TRUE\r\n' +
        'Plain,0.25,,,FALSE\r\n',
    );
    const parsed = parseDelimitedText(text.slice(1), ',');
    expect(parsed.rows[1]).toEqual([
      'Agreement “On Cooperation”, 1999',
      '58400000.5',
      '1999-11-08',
      'He said "yes"\nthen left',
      'TRUE',
    ]);
  });

  it('quotes a list or a tab, at which LibreOffice’s Text Import would otherwise split the field', () => {
    const text = decode(
      buildTableCsv(
        ['Sectors', 'Note'],
        [
          ['post; telecommunications', 'a\tb'],
          ['post', 'plain'],
        ],
      ),
    );
    expect(text).toBe('\uFEFFSectors,Note\r\n"post; telecommunications","a\tb"\r\npost,plain\r\n');
  });

  it('puts a quote before text a spreadsheet would run as a formula', () => {
    const hostile = ["=cmd|' /C calc'!A0", '+SUM(1)', '-1+1', '@foo', '\t=1', '\r=1'];
    const text = decode(buildTableCsv(['Title', 'Value'], [...hostile.map((value) => [value, -5]), ['safe = text', 1]]));
    const rows = parseDelimitedText(text.slice(1), ',').rows.slice(1);
    expect(rows.map((row) => row[0])).toEqual([...hostile.map((value) => `'${value}`), 'safe = text']);
    // Negative numbers are numbers, not text, and stay as they are.
    expect(rows.map((row) => row[1])).toEqual([...hostile.map(() => '-5'), '1']);
  });
});
