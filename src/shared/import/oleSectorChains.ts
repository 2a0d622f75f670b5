/**
 * An Excel 97–2003 file (.xls) is an OLE compound file: its streams are chains of sectors, each
 * sector naming the next in a table (the FAT). SheetJS follows a large stream's chain
 * (get_sector_list in xlsx.mjs) without checking that it ends, so a chain that loops back on
 * itself makes it collect sectors until memory runs out: a few damaged bytes are enough. This
 * follows the same chains first, as SheetJS reads them, and says where one loops.
 *
 * Every sector belongs to at most one stream, so following all streams of a sound file takes no
 * more steps than there are sectors; more steps than that can only come from a loop.
 */
export function findLoopingSectorChain(bytes: Uint8Array): string | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const majorVersion = view.getUint16(26, true);
  const sectorSize = majorVersion === 3 ? 512 : majorVersion === 4 ? 4096 : 0;
  if (sectorSize === 0) return null;
  const sectors = sectorsOf(bytes, sectorSize);
  const fatSectors = fatSectorsOf(view, sectors, sectorSize);
  if (typeof fatSectors === 'string') return fatSectors;
  const next = (sector: number): number | null => {
    const table = sectors[fatSectors[Math.floor((sector * 4) / sectorSize)]];
    return table ? readInt32(table, (sector * 4) & (sectorSize - 1)) : null;
  };

  const directory = directoryOf(view.getInt32(48, true), sectors, next);
  let stepsLeft = sectors.length + directory.length / 128 + 1;
  for (let offset = 0; offset + 128 <= directory.length; offset += 128) {
    const type = directory[offset + 66];
    const start = readInt32(directory, offset + 116);
    const size = readInt32(directory, offset + 120);
    // The root's stream and small streams are read another way, with bounds SheetJS checks.
    if (type === 5 || size < 4096) continue;
    for (let sector: number | null = start; sector !== null && sector >= 0; sector = next(sector)) {
      if (--stepsLeft < 0) return `the chain of sectors of stream ${(offset / 128).toString()} loops back on itself`;
    }
  }
  return null;
}

/** The file cut into sectors after the header, the last one possibly short (sectorify in xlsx.mjs). */
function sectorsOf(bytes: Uint8Array, sectorSize: number): Uint8Array[] {
  const count = Math.ceil(bytes.length / sectorSize) - 1;
  return Array.from({ length: Math.max(count, 0) }, (_, index) =>
    bytes.subarray((index + 1) * sectorSize, (index + 2) * sectorSize),
  );
}

/** Where the FAT's own sectors are: up to 109 in the header, the rest in a chain of DIFAT sectors. */
function fatSectorsOf(view: DataView, sectors: readonly Uint8Array[], sectorSize: number): number[] | string {
  const fatSectors: number[] = [];
  for (let index = 0; index < 109; index++) {
    const sector = view.getInt32(76 + index * 4, true);
    if (sector < 0) break;
    fatSectors.push(sector);
  }
  const visited = new Set<number>();
  let difatSector = view.getInt32(68, true);
  for (let remaining = view.getInt32(72, true); difatSector >= 0 && sectors[difatSector]; remaining--) {
    if (visited.has(difatSector)) return 'its list of FAT sectors loops back on itself';
    visited.add(difatSector);
    const sector = sectors[difatSector];
    for (let index = 0; index < sectorSize / 4 - 1; index++) {
      const fatSector = readInt32(sector, index * 4);
      if (fatSector === endOfChain) break;
      fatSectors.push(fatSector);
    }
    if (remaining < 1) break;
    difatSector = readInt32(sector, sectorSize - 4);
  }
  return fatSectors;
}

/** The directory stream's bytes, its chain followed as SheetJS does (make_sector_list), stopping at a loop. */
function directoryOf(start: number, sectors: readonly Uint8Array[], next: (sector: number) => number | null): Uint8Array {
  const chain: Uint8Array[] = [];
  const seen = new Set<number>();
  for (let sector: number | null = start; sector !== null && sector >= 0 && !seen.has(sector); sector = next(sector)) {
    seen.add(sector);
    if (sectors[sector]) chain.push(sectors[sector]);
  }
  const directory = new Uint8Array(chain.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of chain) {
    directory.set(part, offset);
    offset += part.length;
  }
  return directory;
}

const endOfChain = -2;

/** A little-endian 32-bit integer; bytes past the end read as 0, as in SheetJS. */
function readInt32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset + 3] ?? 0) << 24) | ((bytes[offset + 2] ?? 0) << 16) | ((bytes[offset + 1] ?? 0) << 8) | (bytes[offset] ?? 0)
  );
}
