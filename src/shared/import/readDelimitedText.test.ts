import { describe, expect, it } from 'vitest';
import { readWorkbook } from './readWorkbook';
import { encodeUtf16, encodeWindows1251 } from './testWorkbooks';
import type { WorkbookReadResult } from './workbookTypes';

function expectWorkbook(result: WorkbookReadResult) {
  if (!result.ok) throw new Error(`expected a workbook, got ${result.error.code}: ${result.error.message}`);
  return result.workbook;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readWorkbook: delimited text', () => {
  it('reads a Windows-1251 CSV with semicolons and decimal commas, keeping every value as typed', () => {
    const csv = [
      'Отчет о соглашениях;;;',
      '№;Название;Сумма, млн долл.;Дата подписания',
      '007;"Дата-центр; Ташкент";1 234,50;15.03.2024',
      '008;Умный город;-35,01;02.05.2024',
      '',
    ].join('\r\n');
    const workbook = expectWorkbook(readWorkbook(encodeWindows1251(csv), 'соглашения.csv'));
    expect(workbook).toEqual({
      fileName: 'соглашения.csv',
      format: 'csv',
      date1904: false,
      textLayout: { encoding: 'windows-1251', delimiter: ';' },
      sheets: [
        {
          name: 'соглашения',
          hidden: false,
          rows: [
            ['Отчет о соглашениях', null, null, null],
            ['№', 'Название', 'Сумма, млн долл.', 'Дата подписания'],
            ['007', 'Дата-центр; Ташкент', '1 234,50', '15.03.2024'],
            ['008', 'Умный город', '-35,01', '02.05.2024'],
          ],
          merges: [],
          rowCount: 4,
          columnCount: 4,
          warnings: [],
        },
      ],
    });
  });

  it('reads a UTF-16 tab-separated file with a byte-order mark ("Unicode text" from Excel)', () => {
    const tsv = '名称\t金额（万元）\tHolati\r\n数据中心\t700\tImzolangan\r\n';
    const workbook = expectWorkbook(readWorkbook(encodeUtf16(tsv, 'le', true), 'projects.txt'));
    expect(workbook.format).toBe('tsv');
    expect(workbook.textLayout).toEqual({ encoding: 'utf-16le', delimiter: '\t' });
    expect(workbook.sheets[0].rows).toEqual([
      ['名称', '金额（万元）', 'Holati'],
      ['数据中心', '700', 'Imzolangan'],
    ]);
  });

  it('reads delimited text saved under a spreadsheet name, as ministry portals export it', () => {
    const workbook = expectWorkbook(readWorkbook(encodeUtf16('Nomi\tSana\r\nBitim\t2024\r\n', 'le', false), 'export.xls'));
    expect(workbook.format).toBe('tsv');
    expect(workbook.sheets[0].rows).toEqual([
      ['Nomi', 'Sana'],
      ['Bitim', '2024'],
    ]);
  });

  it('refuses plain text with no table in it under a spreadsheet name, and reads it under a text name', () => {
    const note = utf8('Remember to ask the ministry for the 2024 export figures by Friday.\n');
    expect(note.length).toBe(68);
    for (const fileName of ['figures.xls', 'figures.xlsx', 'figures']) {
      expect(readWorkbook(note, fileName)).toEqual({
        ok: false,
        error: {
          code: 'unsupported-format',
          message: `${fileName} is plain text with no table in it, not a spreadsheet. Import an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file; if the file opens in Excel or LibreOffice, save it as .xlsx there and import that copy.`,
        },
      });
    }
    // Named as text, one column is a list the analyst chose to save so.
    for (const fileName of ['figures.csv', 'figures.txt', 'figures.tsv']) {
      expect(expectWorkbook(readWorkbook(note, fileName)).sheets[0].rows).toEqual([
        ['Remember to ask the ministry for the 2024 export figures by Friday.'],
      ]);
    }
  });

  it('reads a stray quote inside an unquoted field as Excel and LibreOffice do: as part of the value', () => {
    const csv = [
      'Site,Latitude,Longitude,Operator',
      `Navoi relay,37°36'37.8"N,66°58'12.1"E,Uztelecom`,
      `Pipe yard,"5"" pipe, steel",41°18'N,ZTE`,
      'Tashkent hub,41.2995,69.2401,Huawei',
    ].join('\r\n');
    const workbook = expectWorkbook(readWorkbook(utf8(csv), 'sites.csv'));
    expect(workbook.textLayout).toEqual({ encoding: 'utf-8', delimiter: ',' });
    expect(workbook.sheets[0].rows).toEqual([
      ['Site', 'Latitude', 'Longitude', 'Operator'],
      ['Navoi relay', `37°36'37.8"N`, `66°58'12.1"E`, 'Uztelecom'],
      ['Pipe yard', '5" pipe, steel', `41°18'N`, 'ZTE'],
      ['Tashkent hub', '41.2995', '69.2401', 'Huawei'],
    ]);
    expect(workbook.sheets[0].warnings).toEqual([]);
  });

  it('reads a CSV whatever its first characters, which SheetJS would take for HTML or DIF', () => {
    for (const csv of ['<b>Title</b>,Amount\nData centre,5\n', 'TABLE,Amount\nData centre,5\n', 'ID,Title\n1,Data centre\n']) {
      const [firstHeader] = csv.split(',');
      expect(expectWorkbook(readWorkbook(utf8(csv), 'deals.csv')).sheets[0].rows[0][0]).toBe(firstHeader);
    }
  });

  it('drops a UTF-8 byte-order mark and an Excel "sep=" line', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('sep=;\r\nTitle;Amount\r\nData centre;5\r\n')]);
    const workbook = expectWorkbook(readWorkbook(bytes, 'deals.csv'));
    expect(workbook.textLayout).toEqual({ encoding: 'utf-8', delimiter: ';' });
    expect(workbook.sheets[0].rows).toEqual([
      ['Title', 'Amount'],
      ['Data centre', '5'],
    ]);
  });

  it('warns about a quote that never closes', () => {
    const workbook = expectWorkbook(readWorkbook(utf8('Title,Size\n"Pipe 5,inch\nValve,2\n'), 'parts.csv'));
    expect(workbook.sheets[0].rows).toEqual([
      ['Title', 'Size'],
      ['Pipe 5,inch\nValve,2', null],
    ]);
    expect(workbook.sheets[0].warnings).toEqual([
      'Line 2 opens a quoted value that is never closed, so the rest of the file was read into one cell. Check the quotes on that line: a quote inside a quoted value must be doubled, as in "5"" pipe".',
    ]);
  });

  it('refuses text files that are empty, blank or too large', () => {
    expect(readWorkbook(utf8(' ;\r\n;;\r\n'), 'blank.csv')).toMatchObject({ ok: false, error: { code: 'empty' } });
    const csv = Array.from({ length: 100 }, (_, row) => `${row},${row},${row}`).join('\n');
    expect(readWorkbook(utf8(csv), 'big.csv', { maxCells: 200 })).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message:
          'big.csv is too large to import at once: it covers more than 200 cells, and the limit is 200. Split it into smaller files, for example one per year, or delete sheets and columns you do not need, then import each part.',
      },
    });
  });

  it('reads headers named __proto__ and constructor as ordinary text', () => {
    const workbook = expectWorkbook(readWorkbook(utf8('__proto__,constructor,prototype\npolluted,yes,1\n'), 'proto.csv'));
    expect(workbook.sheets[0].rows[0]).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
