import { describe, expect, it } from 'vitest';
import { deflatedSpaces, worksheetBomb, writeZip } from './fuzz/zipBombs';
import { readSpreadsheetFile } from './readWorkbook';
import { writeWorkbook } from './testWorkbooks';
import { measureZipInflation } from './zipInflatedSize';
import { findDamagedZipPart } from './zipStreams';

const megabyte = 1024 * 1024;

describe('unpacked size of ZIP-based workbooks', () => {
  it('refuses a zip bomb from its declared sizes, naming the part, before anything is unpacked', async () => {
    const bomb = worksheetBomb(1024, false);
    expect(bomb.length).toBeLessThan(2 * megabyte);
    const result = await readSpreadsheetFile(bomb, 'bomb.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(/^bomb\.xlsx is too large to import: unpacked, it would take more than 1,024 MB/);
    expect(result.error.message).toContain('its part “xl/worksheets/sheet1.xml” alone declares 1,024 MB');
  });

  it('refuses a part that unpacks to more than its header declares', async () => {
    const liar = worksheetBomb(64, true);
    expect(await findDamagedZipPart(liar, 256 * megabyte)).toBe(
      'ZIP part xl/worksheets/sheet1.xml unpacks to more than the 1024 bytes it declares',
    );
    const result = await readSpreadsheetFile(liar, 'liar.xlsx');
    expect(!result.ok && result.error.code).toBe('corrupt');
  });

  it('gives a streamed part the size its directory entry declares, so the reader never grows a buffer', () => {
    const liar = worksheetBomb(1, true);
    const measured = measureZipInflation(liar, 256 * megabyte);
    if (!measured.ok) throw new Error(`expected a measurement, got ${measured.problem}`);
    const sheet = measured.parts.find((part) => part.name === 'xl/worksheets/sheet1.xml')!;
    const view = new DataView(measured.bytes.buffer);
    expect(view.getUint32(sheet.dataOffset - sheet.name.length - 30 + 22, true)).toBe(1024);
    expect(liar).not.toBe(measured.bytes);
  });

  it('refuses a deflated part cut short, which would make the reader loop forever', async () => {
    const stream = deflatedSpaces(1).subarray(0, 200);
    const truncated = writeZip([
      { name: 'xl/worksheets/sheet1.xml', stored: stream, method: 8, directorySize: megabyte, localSize: megabyte },
    ]);
    expect(await findDamagedZipPart(truncated, 256 * megabyte)).toMatch(/^ZIP part xl\/worksheets\/sheet1\.xml is damaged/);
    const result = await readSpreadsheetFile(truncated, 'cut.xlsx');
    expect(!result.ok && result.error.message).toMatch(/^cut\.xlsx looks like an Excel workbook but is damaged/);
  });

  it('refuses a ZIP whose directory is gone, and reads a sound workbook', async () => {
    const workbook = writeWorkbook([{ name: 'Deals', rows: [['Title'], ['Data centre']] }]);
    const cut = await readSpreadsheetFile(workbook.subarray(0, workbook.length - 30), 'cut.xlsx');
    expect(!cut.ok && cut.error.code).toBe('corrupt');
    expect(await findDamagedZipPart(workbook, 256 * megabyte)).toBeNull();
    const read = await readSpreadsheetFile(workbook, 'deals.xlsx');
    expect(read.ok && read.workbook.sheets[0].rows).toEqual([['Title'], ['Data centre']]);
  });
});
