import * as XLSX from 'xlsx';
import { autofilterRangesXml, frozenHeaderSettingsXml, withPercentDecimals } from './odsViewSettings';

/** The one function of SheetJS's zip container (`XLSX.CFB`) replaced while writing: it adds a file to the package. */
type AddToPackage = (container: unknown, path: string, content: Uint8Array, options?: unknown) => unknown;

const encoder = new TextEncoder();
const bodyStart = encoder.encode('<office:body>');
const spreadsheetEnd = encoder.encode('</office:spreadsheet>');
const manifestEnd = encoder.encode('</manifest:manifest>');
const settingsEntry = '  <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n';

function indexOfBytes(bytes: Uint8Array, wanted: Uint8Array, from = 0): number {
  search: for (let start = from; start <= bytes.length - wanted.length; start++) {
    for (let offset = 0; offset < wanted.length; offset++) if (bytes[start + offset] !== wanted[offset]) continue search;
    return start;
  }
  return -1;
}

function lastIndexOfBytes(bytes: Uint8Array, wanted: Uint8Array): number {
  search: for (let start = bytes.length - wanted.length; start >= 0; start--) {
    for (let offset = 0; offset < wanted.length; offset++) if (bytes[start + offset] !== wanted[offset]) continue search;
    return start;
  }
  return -1;
}

function joined(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/**
 * content.xml with percentages to their format's decimals and each table's autofilter. Only the styles
 * before the body and the end of the spreadsheet are touched, so a large report's rows are copied as bytes,
 * never decoded.
 */
function patchedContent(content: Uint8Array, workbook: XLSX.WorkBook): Uint8Array {
  const body = indexOfBytes(content, bodyStart);
  const end = lastIndexOfBytes(content, spreadsheetEnd);
  if (body < 0 || end < body) throw new Error('SheetJS wrote an unexpected content.xml; cannot add the ODS autofilters.');
  const styles = encoder.encode(withPercentDecimals(new TextDecoder().decode(content.subarray(0, body)), workbook));
  const ranges = autofilterRangesXml(workbook);
  return joined([styles, content.subarray(body, end), encoder.encode(ranges ?? ''), content.subarray(end)]);
}

function manifestWithSettings(manifest: Uint8Array): Uint8Array {
  const end = lastIndexOfBytes(manifest, manifestEnd);
  if (end < 0) throw new Error('SheetJS wrote an unexpected manifest; cannot add the ODS view settings.');
  return joined([manifest.subarray(0, end), encoder.encode(settingsEntry), manifest.subarray(end)]);
}

/**
 * An ODS package as LibreOffice opens a report: the header row of every sheet frozen and each table's
 * autofilter on. SheetJS writes neither for ODS, nor a settings.xml; the parts are changed as SheetJS
 * hands them to its zip container (see writeXlsxWithFrozenHeaders in spreadsheetFile.ts), so the package
 * is compressed once, and settings.xml is added with the manifest that lists it.
 */
export function writeOdsWithViewSettings(workbook: XLSX.WorkBook): Uint8Array {
  const zipUtilities = XLSX.CFB.utils as unknown as { cfb_add: AddToPackage };
  const addToPackage = zipUtilities.cfb_add;
  zipUtilities.cfb_add = (container, path, content, options) => {
    if (path === 'content.xml') return addToPackage(container, path, patchedContent(content, workbook), options);
    if (path !== 'META-INF/manifest.xml') return addToPackage(container, path, content, options);
    addToPackage(container, 'settings.xml', encoder.encode(frozenHeaderSettingsXml(workbook.SheetNames)), options);
    return addToPackage(container, path, manifestWithSettings(content), options);
  };
  try {
    return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'ods', compression: true }));
  } finally {
    zipUtilities.cfb_add = addToPackage;
  }
}
