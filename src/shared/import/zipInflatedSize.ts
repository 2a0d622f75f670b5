/**
 * Reads a ZIP's own table of contents (the central directory and each entry's local header) to
 * learn how large its parts become once unpacked, before SheetJS unpacks all of them at once.
 * A "zip bomb" is a small file whose parts inflate to gigabytes; this is where it is refused.
 *
 * SheetJS's inflater (xlsx.mjs, parse_local_file and inflate) allocates the size the local header
 * declares and never writes past it; only when that size is 0 (entries written with a trailing
 * data descriptor) does it grow its buffer without limit. Such entries get the central
 * directory's size written into their local header, so every part is bounded by a size counted here.
 */

export type ZipInflation =
  | { ok: true; inflatedBytes: number; parts: ZipPart[]; bytes: Uint8Array }
  | { ok: false; problem: 'unreadable'; detail: string }
  | { ok: false; problem: 'too-large'; inflatedBytes: number; largestPart: { name: string; bytes: number } };

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const deflated = 8;
const zip64ExtraField = 0x0001;
// The end-of-directory record is 22 bytes plus a comment of at most 65,535.
const endOfDirectorySearchSpan = 22 + 0xffff;

/** A part as SheetJS will unpack it: the packed bytes at `dataOffset` inflate to at most `inflatedSize`. */
export interface ZipPart {
  name: string;
  /** The name in the part's own header, which is the one SheetJS goes by. */
  localName: string;
  deflated: boolean;
  dataOffset: number;
  compressedSize: number;
  inflatedSize: number;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  inflatedSize: number;
  localHeaderOffset: number;
}

export function measureZipInflation(bytes: Uint8Array, maxInflatedBytes: number): ZipInflation {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readCentralDirectory(view);
  if (typeof directory === 'string') return { ok: false, problem: 'unreadable', detail: directory };

  let inflatedBytes = 0;
  let largestPart = { name: '', bytes: 0 };
  const parts: ZipPart[] = [];
  const localSizesToFill: Array<{ offset: number; size: number }> = [];
  for (const entry of directory) {
    const local = readLocalHeader(view, entry);
    if (typeof local === 'string') return { ok: false, problem: 'unreadable', detail: local };
    const declared = Math.max(entry.inflatedSize, local.declaredSize);
    if (entry.method === deflated && local.declaredSize === 0) {
      // A deflated part declaring nothing anywhere would inflate without limit; an empty part
      // deflates to 2 bytes.
      if (entry.inflatedSize === 0 && entry.compressedSize > 2) {
        return { ok: false, problem: 'unreadable', detail: `ZIP part ${entry.name} declares no unpacked size` };
      }
      localSizesToFill.push({ offset: local.sizeFieldOffset, size: entry.inflatedSize });
    }
    inflatedBytes += declared;
    parts.push({
      name: entry.name,
      localName: local.name,
      deflated: entry.method === deflated,
      dataOffset: local.dataOffset,
      compressedSize: entry.compressedSize,
      inflatedSize: declared,
    });
    if (declared > largestPart.bytes) largestPart = { name: entry.name, bytes: declared };
    if (inflatedBytes > maxInflatedBytes) return { ok: false, problem: 'too-large', inflatedBytes, largestPart };
  }
  return { ok: true, inflatedBytes, parts, bytes: withLocalSizes(bytes, localSizesToFill) };
}

function readCentralDirectory(view: DataView): Entry[] | string {
  const end = findEndOfDirectory(view);
  if (end === null) return 'no ZIP end-of-directory record (the file is cut short)';
  const entryCount = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== directoryEntrySignature) {
      return `ZIP directory entry ${index + 1} of ${entryCount} is missing or damaged`;
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > view.byteLength) return `ZIP directory entry ${index + 1} runs past the end`;
    const zip64 = zip64Sizes(view, nameStart + nameLength, extraLength);
    entries.push({
      name: latin1(view, nameStart, nameLength),
      method: view.getUint16(offset + 10, true),
      compressedSize: Math.max(view.getUint32(offset + 20, true), zip64.compressedSize),
      inflatedSize: Math.max(view.getUint32(offset + 24, true), zip64.inflatedSize),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - endOfDirectorySearchSpan);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === endOfDirectorySignature) return offset;
  }
  return null;
}

function readLocalHeader(
  view: DataView,
  entry: Entry,
): { name: string; declaredSize: number; sizeFieldOffset: number; dataOffset: number } | string {
  const offset = entry.localHeaderOffset;
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== localHeaderSignature) {
    return `ZIP part ${entry.name} has no local header where the directory says`;
  }
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  if (offset + 30 + nameLength + extraLength > view.byteLength) return `ZIP part ${entry.name} runs past the end`;
  const zip64 = zip64Sizes(view, offset + 30 + nameLength, extraLength);
  return {
    name: latin1(view, offset + 30, nameLength),
    declaredSize: Math.max(view.getUint32(offset + 22, true), zip64.inflatedSize),
    sizeFieldOffset: offset + 22,
    dataOffset: offset + 30 + nameLength + extraLength,
  };
}

/** ZIP64 sizes as SheetJS reads them: 8-byte unpacked, then packed size, in extra field 0x0001. */
function zip64Sizes(view: DataView, start: number, length: number): { inflatedSize: number; compressedSize: number } {
  const sizes = { inflatedSize: 0, compressedSize: 0 };
  for (let offset = start; offset + 4 <= start + length;) {
    const id = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    if (id === zip64ExtraField) {
      if (size >= 8) sizes.inflatedSize = uint64(view, offset + 4);
      if (size >= 16) sizes.compressedSize = uint64(view, offset + 12);
    }
    offset += 4 + size;
  }
  return sizes;
}

function uint64(view: DataView, offset: number): number {
  if (offset + 8 > view.byteLength) return 0;
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
}

function latin1(view: DataView, start: number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += String.fromCharCode(view.getUint8(start + index));
  return text;
}

function withLocalSizes(bytes: Uint8Array, sizes: ReadonlyArray<{ offset: number; size: number }>): Uint8Array {
  if (sizes.length === 0) return bytes;
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (const { offset, size } of sizes) view.setUint32(offset, size, true);
  return copy;
}
