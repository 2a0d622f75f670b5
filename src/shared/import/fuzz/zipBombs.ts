/**
 * ZIP-based workbooks whose worksheet inflates far beyond its file size, written byte by byte so
 * the sizes each header declares can be honest or lie. Used by tests only.
 */
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import * as XLSX from 'xlsx';
import { writeWorkbook } from '../testWorkbooks';

export interface ZipPart {
  name: string;
  /** Bytes as stored in the archive. */
  stored: Uint8Array;
  method: 0 | 8;
  /** What the central directory and the local header say the part unpacks to. */
  directorySize: number;
  localSize: number;
  /** Bit 3: sizes follow the data in a descriptor; writers that stream set it with local sizes 0. */
  dataDescriptor?: boolean;
}

export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const flags = part.dataDescriptor ? 0x0008 : 0;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, part.method, true);
    local.setUint32(18, part.dataDescriptor ? 0 : part.stored.length, true);
    local.setUint32(22, part.localSize, true);
    local.setUint16(26, name.length, true);
    const descriptor = new DataView(new ArrayBuffer(part.dataDescriptor ? 16 : 0));
    if (part.dataDescriptor) {
      descriptor.setUint32(0, 0x08074b50, true);
      descriptor.setUint32(8, part.stored.length, true);
      descriptor.setUint32(12, part.directorySize, true);
    }
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, flags, true);
    entry.setUint16(10, part.method, true);
    entry.setUint32(20, part.stored.length, true);
    entry.setUint32(24, part.directorySize, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    directory.push(new Uint8Array(entry.buffer), name);
    for (const chunk of [new Uint8Array(local.buffer), name, part.stored, new Uint8Array(descriptor.buffer)]) {
      chunks.push(chunk);
      offset += chunk.length;
    }
  }
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return concatBytes(...chunks, ...directory, new Uint8Array(end.buffer));
}

/**
 * A raw deflate stream of `megabytes` MB of spaces, about 1 KB per MB: independent blocks of one
 * compressed megabyte, each ended by a sync flush, then an empty final block.
 */
export function deflatedSpaces(megabytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1024 * 1024).fill(0x20), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  return concatBytes(...Array.from({ length: megabytes }, () => new Uint8Array(block)), Uint8Array.of(0x03, 0x00));
}

/**
 * A real .xlsx whose first worksheet is replaced by `megabytes` MB of white space inside its
 * sheet data. `lie`: the central directory claims 1 KB and the local header, streaming-style, 0.
 */
export function worksheetBomb(megabytes: number, lie: boolean): Uint8Array {
  const template = XLSX.CFB.read(writeWorkbook([{ name: 'Deals', rows: [['Title'], ['Data centre']] }]), { type: 'array' });
  const parts: ZipPart[] = [];
  template.FullPaths.forEach((path: string, index: number) => {
    const entry = template.FileIndex[index];
    if (entry.type !== 2) return; // folders and the root
    const name = path.slice(template.FullPaths[0].length);
    const content = new Uint8Array(entry.content as ArrayLike<number>);
    if (name !== 'xl/worksheets/sheet1.xml') {
      parts.push({ name, stored: content, method: 0, directorySize: content.length, localSize: content.length });
      return;
    }
    const inflated = megabytes * 1024 * 1024;
    parts.push({
      name,
      stored: deflatedSpaces(megabytes),
      method: 8,
      directorySize: lie ? 1024 : inflated,
      localSize: lie ? 0 : inflated,
      dataDescriptor: lie,
    });
  });
  return writeZip(parts);
}

export function concatBytes(...chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
