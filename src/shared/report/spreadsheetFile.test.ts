import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { writeSpreadsheet } from './spreadsheetFile';
import { unzipText } from './xlsxPackage.testHelpers';

const frozenView =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>';

function workbookOf(...sheets: Array<[string, unknown[][]]>): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
  return workbook;
}

describe('writeSpreadsheet', () => {
  it('freezes the header row of every xlsx worksheet and keeps every cell', () => {
    const bytes = writeSpreadsheet(
      workbookOf(
        ['Summary', [['Deals'], [11]]],
        [
          'Deals',
          [
            ['Title', 'Value (USD)'],
            ['Huawei–Uzbektelecom 5G', 700_000_000],
            ['华为 Ташкент', 1.5],
          ],
        ],
      ),
      'xlsx',
    );
    for (const sheet of ['sheet1.xml', 'sheet2.xml']) expect(unzipText(bytes, `xl/worksheets/${sheet}`)).toContain(frozenView);
    const read = XLSX.read(bytes, { type: 'array' });
    expect(XLSX.utils.sheet_to_json(read.Sheets['Deals']!, { header: 1 })).toEqual([
      ['Title', 'Value (USD)'],
      ['Huawei–Uzbektelecom 5G', 700_000_000],
      ['华为 Ташкент', 1.5],
    ]);
  });

  it('leaves SheetJS as it found it, also when a sheet view is not the one it expects', () => {
    const addToPackage = XLSX.CFB.utils.cfb_add;
    writeSpreadsheet(workbookOf(['Deals', [['Title']]]), 'xlsx');
    expect(XLSX.CFB.utils.cfb_add).toBe(addToPackage);

    // A right-to-left workbook gets a sheet view with another attribute, as a future SheetJS might write.
    const rightToLeft = workbookOf(['Deals', [['Title']]]);
    rightToLeft.Workbook = { Views: [{ RTL: true }] };
    expect(() => writeSpreadsheet(rightToLeft, 'xlsx')).toThrow(/unexpected sheet view in xl\/worksheets\/sheet1\.xml/);
    expect(XLSX.CFB.utils.cfb_add).toBe(addToPackage);
    expect(unzipText(writeSpreadsheet(workbookOf(['Deals', [['Title']]]), 'xlsx'), 'xl/worksheets/sheet1.xml')).toContain(
      frozenView,
    );
  });

  it('writes ODS without touching its sheets', () => {
    const bytes = writeSpreadsheet(workbookOf(['Deals', [['Title'], ['Huawei']]]), 'ods');
    expect(XLSX.utils.sheet_to_json(XLSX.read(bytes, { type: 'array' }).Sheets['Deals']!, { header: 1 })).toEqual([
      ['Title'],
      ['Huawei'],
    ]);
  });
});
