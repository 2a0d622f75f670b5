import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { libreOfficePresent, resaveWithLibreOffice } from '../testing/libreOffice.testHelpers';
import { writeSpreadsheet } from './spreadsheetFile';
import { cellFormats } from './tableCells';
import { tableSheet } from './tableWorkbook';
import { unzipText } from './xlsxPackage.testHelpers';

/** A report's shape: a summary with a share in percent, and two tables, one named with a quote and a space. */
function reportLike(): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  const summary = XLSX.utils.aoa_to_sheet([['Deal value'], ['Approximate share', 0.4567]]);
  summary['B2']!.z = cellFormats.percent;
  XLSX.utils.book_append_sheet(workbook, summary, 'Summary');
  const deals = tableSheet(
    [{ header: 'Title' }, { header: 'Value (USD)', format: cellFormats.usd }],
    [
      ['Huawei–Uzbektelecom 5G', 700_000_000],
      ['华为 Ташкент', 1_500_000],
    ],
  );
  XLSX.utils.book_append_sheet(workbook, deals, 'Deals');
  XLSX.utils.book_append_sheet(workbook, tableSheet([{ header: 'Note' }], [['Unclear period']]), "Analyst's notes");
  return workbook;
}

describe('an ODS report', () => {
  const ods = writeSpreadsheet(reportLike(), 'ods');

  it('freezes the header row of every sheet in LibreOffice’s view settings, listed in the manifest', () => {
    const settings = unzipText(ods, 'settings.xml');
    for (const name of ['Summary', 'Deals', "Analyst's notes"]) {
      const entry = new RegExp(`config:name="${name}">(.*?)</config:config-item-map-entry>`).exec(settings)?.[1];
      expect(entry, name).toContain('<config:config-item config:name="VerticalSplitMode" config:type="short">2<');
      expect(entry, name).toContain('<config:config-item config:name="VerticalSplitPosition" config:type="int">1<');
    }
    expect(unzipText(ods, 'META-INF/manifest.xml')).toContain('manifest:full-path="settings.xml"');
  });

  it('puts an autofilter on each table, after the tables as OpenDocument orders them', () => {
    const content = unzipText(ods, 'content.xml');
    expect(content).toMatch(/<\/table:table>\s*<table:database-ranges>.*<\/table:database-ranges>\s*<\/office:spreadsheet>/s);
    expect(content).toContain(`table:target-range-address="Deals.A1:Deals.B3" table:display-filter-buttons="true"`);
    expect(content).toContain(`table:target-range-address="'Analyst''s notes'.A1:'Analyst''s notes'.A2"`);
    const read = XLSX.read(ods, { type: 'array' });
    expect(read.Sheets['Deals']!['!autofilter']).toEqual({ ref: 'A1:B3' });
    expect(XLSX.utils.sheet_to_json(read.Sheets['Deals']!, { header: 1 })).toEqual([
      ['Title', 'Value (USD)'],
      ['Huawei–Uzbektelecom 5G', 700_000_000],
      ['华为 Ташкент', 1_500_000],
    ]);
  });

  it('shows a percentage with one decimal, as the xlsx does', () => {
    expect(unzipText(ods, 'content.xml')).toMatch(
      /<number:percentage-style style:name="N\d+"><number:number number:decimal-places="1" number:min-decimal-places="1"/,
    );
  });
});

/**
 * A headless LibreOffice opens no view, so it drops every file's view settings when it converts one (an
 * xlsx's frozen pane as well): the frozen header is checked in the package above, the rest here.
 */
describe.runIf(libreOfficePresent())('an ODS report opened in LibreOffice', () => {
  it('keeps the autofilter of each table and shows percentages with one decimal', () => {
    const resaved = resaveWithLibreOffice(writeSpreadsheet(reportLike(), 'ods'), 'report.ods', 'xlsx');
    const read = XLSX.read(resaved, { type: 'array', cellNF: true });
    expect(read.Sheets['Deals']!['!autofilter']?.ref).toBe('A1:B3');
    expect(read.Sheets["Analyst's notes"]!['!autofilter']?.ref).toBe('A1:A2');
    expect(read.Sheets['Summary']!['B2']).toMatchObject({ v: 0.4567, z: '0.0%', w: '45.7%' });
  }, 120_000);
});
