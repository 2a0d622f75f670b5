import * as XLSX from 'xlsx';

/** The text of one part of an xlsx package (a zip), such as "xl/worksheets/sheet1.xml". */
export function unzipText(xlsx: Uint8Array, part: string): string {
  const zip: { FullPaths: string[]; FileIndex: { content: Uint8Array }[] } = XLSX.CFB.read(xlsx, { type: 'array' });
  const index = zip.FullPaths.findIndex((path) => path.endsWith(`/${part}`));
  if (index < 0) throw new Error(`The package has no part ${part}.`);
  return new TextDecoder().decode(zip.FileIndex[index].content);
}
