import * as XLSX from 'xlsx';

/**
 * What an ODS report needs beyond what SheetJS's community edition writes: a frozen header row and an
 * autofilter on each table, as the xlsx has, and percentages with the decimals their format asks for.
 * The texts here are pure; odsPackage.ts puts them into the package as SheetJS writes it.
 */

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const configItem = (name: string, type: 'short' | 'int' | 'string', value: string | number) =>
  `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;

/**
 * LibreOffice's view settings with the first row of every sheet frozen. OpenDocument has no frozen panes
 * in its content; LibreOffice keeps them per sheet in settings.xml: the rows are split (VerticalSplitMode
 * 2 is frozen) after row 1, the columns are not, and the cursor starts in the lower pane. Excel reads no
 * view settings from an ODS file, so there the header is not frozen.
 */
export function frozenHeaderSettingsXml(sheetNames: readonly string[]): string {
  const tables = sheetNames.map(
    (name) =>
      `<config:config-item-map-entry config:name="${escapeXml(name)}">` +
      configItem('HorizontalSplitMode', 'short', 0) +
      configItem('VerticalSplitMode', 'short', 2) +
      configItem('HorizontalSplitPosition', 'int', 0) +
      configItem('VerticalSplitPosition', 'int', 1) +
      configItem('ActiveSplitRange', 'short', 2) +
      configItem('PositionLeft', 'int', 0) +
      configItem('PositionRight', 'int', 0) +
      configItem('PositionTop', 'int', 0) +
      configItem('PositionBottom', 'int', 1) +
      '</config:config-item-map-entry>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
    ' xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.2">' +
    '<office:settings><config:config-item-set config:name="ooo:view-settings">' +
    '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>' +
    configItem('ViewId', 'string', 'view1') +
    `<config:config-item-map-named config:name="Tables">${tables.join('')}</config:config-item-map-named>` +
    configItem('ActiveTable', 'string', escapeXml(sheetNames[0] ?? '')) +
    '</config:config-item-map-entry></config:config-item-map-indexed>' +
    '</config:config-item-set></office:settings></office:document-settings>'
  );
}

/**
 * "Deals.A1:Deals.P12": a range in OpenDocument's notation, a sheet name with spaces or punctuation quoted
 * ("'Analyst''s notes'.A1"), as LibreOffice writes it; SheetJS reads back only the unquoted form.
 */
function odsRangeAddress(sheetName: string, range: string): string {
  const quoted = /^[\p{L}\p{N}_]+$/u.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  const [start, end = start] = range.replace(/\$/g, '').split(':');
  return `${quoted}.${start}:${quoted}.${end}`;
}

/**
 * The autofilter of every sheet that has one (`!autofilter`), as OpenDocument's database ranges with
 * filter buttons; null when no sheet has one. LibreOffice names a sheet's own autofilter range
 * `__Anonymous_Sheet_DB__` and the sheet's index, and reads a range so named as that sheet's autofilter.
 * In office:spreadsheet they follow the tables and named expressions (ODF 1.2, 9.1.2).
 */
export function autofilterRangesXml(workbook: XLSX.WorkBook): string | null {
  const ranges = workbook.SheetNames.flatMap((name, index) => {
    const reference = workbook.Sheets[name]?.['!autofilter']?.ref;
    if (!reference) return [];
    const address = escapeXml(odsRangeAddress(name, reference));
    return [
      `<table:database-range table:name="__Anonymous_Sheet_DB__${index}" table:target-range-address="${address}"` +
        ' table:display-filter-buttons="true"/>',
    ];
  });
  return ranges.length ? `<table:database-ranges>${ranges.join('')}</table:database-ranges>` : null;
}

/**
 * The data style SheetJS names for each number format: "N69" for the first format met, sheet by sheet
 * and row by row, "N70" for the next; so a style it wrote can be traced to the format it came from.
 */
function sheetJsStyleNames(workbook: XLSX.WorkBook): Map<string, string> {
  const names = new Map<string, string>();
  const formats = new Set<string>();
  for (const sheetName of workbook.SheetNames) {
    const sheet = workbook.Sheets[sheetName];
    if (!sheet?.['!ref']) continue;
    const range = XLSX.utils.decode_range(sheet['!ref']);
    const letters = Array.from({ length: range.e.c + 1 }, (_, c) => XLSX.utils.encode_col(c));
    for (let r = 0; r <= range.e.r; r++) {
      const row = String(r + 1);
      for (let c = 0; c <= range.e.c; c++) {
        const format = (sheet[letters[c]! + row] as XLSX.CellObject | undefined)?.z;
        if (typeof format !== 'string' || format.toLowerCase() === 'general' || formats.has(format)) continue;
        formats.add(format);
        names.set(`N${69 + names.size}`, format);
      }
    }
  }
  return names;
}

const percentageStyle =
  /(<number:percentage-style style:name="(N\d+)"><number:number) number:decimal-places="\d+" number:min-decimal-places="\d+"/g;

/**
 * Automatic styles with each percentage shown to the decimals of its format. SheetJS 0.20 writes two
 * decimals for every percentage format that has any ("0.0%" shows 12.34%), where the xlsx shows 12.3%.
 */
export function withPercentDecimals(automaticStyles: string, workbook: XLSX.WorkBook): string {
  if (!automaticStyles.includes('<number:percentage-style')) return automaticStyles;
  const formats = sheetJsStyleNames(workbook);
  return automaticStyles.replace(percentageStyle, (whole, start: string, name: string) => {
    const format = formats.get(name);
    if (format === undefined) return whole;
    const decimals = /\.(0+)%/.exec(format)?.[1]?.length ?? 0;
    return `${start} number:decimal-places="${decimals}" number:min-decimal-places="${decimals}"`;
  });
}
