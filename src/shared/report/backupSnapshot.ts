/**
 * A snapshot is the backup workbook (already zip-compressed) behind a one-line header carrying its
 * length and SHA-256, so a file cut short by a crash or damaged on disk is refused before anything
 * tries to read it. The same file is written to the backups folder on desktop and downloaded in the
 * web edition, so a snapshot made in one edition restores in the other.
 */
export const snapshotExtension = 'silkbackup';

const magic = 'SILK-LEDGER-SNAPSHOT';
const snapshotFormatVersion = 1;
const headerPattern = /^SILK-LEDGER-SNAPSHOT (\d+) sha256=([0-9a-f]{64}) length=(\d+)\n/;
/** Longer than any header this format writes; the search for its end stops here. */
const maxHeaderLength = 200;

/** The file name a snapshot taken at this moment gets, in the backups folder and as a download. */
export function snapshotName(takenAt: Date): string {
  return `silk-ledger-${takenAt.toISOString().replace(/[:.]/g, '-')}.${snapshotExtension}`;
}

export type SnapshotReadResult = { ok: true; workbook: Uint8Array } | { ok: false; message: string };

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function wrapSnapshot(workbook: Uint8Array): Promise<Uint8Array> {
  const header = new TextEncoder().encode(
    `${magic} ${snapshotFormatVersion} sha256=${await sha256Hex(workbook)} length=${workbook.byteLength}\n`,
  );
  const snapshot = new Uint8Array(header.byteLength + workbook.byteLength);
  snapshot.set(header);
  snapshot.set(workbook, header.byteLength);
  return snapshot;
}

/** True when the bytes start like a snapshot, so a plain backup workbook can be told apart. */
export function looksLikeSnapshot(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, magic.length)) === magic;
}

/** Checks the header, the length and the checksum, and gives back the backup workbook inside. */
export async function unwrapSnapshot(bytes: Uint8Array, fileName: string): Promise<SnapshotReadResult> {
  const refuse = (why: string): SnapshotReadResult => ({ ok: false, message: `${fileName} cannot be restored: ${why}` });
  if (!looksLikeSnapshot(bytes)) return refuse('it is not a Silk Ledger backup snapshot.');
  const headerEnd = bytes.subarray(0, maxHeaderLength).indexOf(0x0a);
  const header = headerPattern.exec(new TextDecoder().decode(bytes.subarray(0, headerEnd + 1)));
  if (headerEnd < 0 || !header) return refuse('its first line (the checksum header) is damaged.');
  const [, version, checksum, length] = header;
  if (Number(version) !== snapshotFormatVersion) {
    return refuse(`it is snapshot format ${version}; this version of Silk Ledger reads format ${snapshotFormatVersion}.`);
  }
  const workbook = bytes.subarray(headerEnd + 1);
  if (workbook.byteLength < Number(length)) {
    return refuse(`it is truncated (${workbook.byteLength} of ${length} bytes are there); the file was cut short.`);
  }
  if (workbook.byteLength > Number(length)) {
    return refuse(`it is ${workbook.byteLength - Number(length)} bytes longer than it should be; the file was changed.`);
  }
  if ((await sha256Hex(workbook)) !== checksum) {
    return refuse('its checksum does not match its contents, so the file is corrupt.');
  }
  return { ok: true, workbook };
}
