import { describe, expect, it } from 'vitest';
import { findLoopingSectorChain } from './oleSectorChains';
import { readSpreadsheetFile } from './readWorkbook';
import { writeWorkbook } from './testWorkbooks';

const sectorSize = 512;
const relays = Array.from({ length: 400 }, (_, index) => [`Relay ${index + 1}`, index + 1]);

/** The Workbook stream's directory entry and the FAT of an .xls SheetJS wrote (one FAT sector, as small files have). */
function layoutOf(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const directory = sectorOffset(view.getInt32(48, true));
  const entries = Array.from({ length: 4 }, (_, index) => directory + index * 128);
  const workbookEntry = entries.find(
    (entry) => new TextDecoder('utf-16le').decode(bytes.subarray(entry, entry + 16)) === 'Workbook',
  );
  if (workbookEntry === undefined) throw new Error('no Workbook stream in the file');
  return { view, workbookEntry, fat: sectorOffset(view.getInt32(76, true)) };
}

describe('Excel 97–2003 files whose sector chains loop', () => {
  it('reads a sound .xls, whose chains end', async () => {
    const bytes = writeWorkbook([{ name: 'Relays', rows: relays }], 'xls');
    expect(findLoopingSectorChain(bytes)).toBeNull();
    const read = await readSpreadsheetFile(bytes, 'relays.xls');
    expect(read.ok && read.workbook.sheets[0].rows.length).toBe(400);
  });

  it('refuses as damaged a Workbook stream whose chain loops, which SheetJS would follow until memory ran out', async () => {
    const bytes = writeWorkbook([{ name: 'Relays', rows: relays }], 'xls');
    const { view, workbookEntry, fat } = layoutOf(bytes);
    const start = view.getInt32(workbookEntry + 116, true);
    let last = start;
    while (view.getInt32(fat + last * 4, true) >= 0) last = view.getInt32(fat + last * 4, true);
    // The stream now starts one sector into its chain, and its last sector leads back there:
    // SheetJS only follows a chain that way when the start is not where a chain begins.
    view.setInt32(workbookEntry + 116, start + 1, true);
    view.setInt32(fat + last * 4, start + 1, true);
    expect(findLoopingSectorChain(bytes)).toBe('the chain of sectors of stream 2 loops back on itself');
    const read = await readSpreadsheetFile(bytes, 'relays.xls');
    expect(!read.ok && read.error).toEqual({
      code: 'corrupt',
      message:
        'relays.xls looks like an Excel workbook but is damaged or incomplete (a download or copy may have been cut short). Open it in Excel or LibreOffice: if it opens, save it again and import the new copy; if not, ask its sender for a fresh copy.',
      technicalDetail: 'the chain of sectors of stream 2 loops back on itself',
    });
  });
});
