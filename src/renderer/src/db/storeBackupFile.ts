import type { BackupAbout } from '@shared/report/readBackupWorkbook';
import { readBackupWorkbook } from '@shared/report/readBackupWorkbook';
import { buildBackupWorkbook } from '@shared/report/backupWorkbook';
import { looksLikeSnapshot, unwrapSnapshot } from '@shared/report/backupSnapshot';
import { version as appVersion } from '../../../../package.json';
import type { SilkLedgerDatabase } from './database';
import { readStoreContents, type StoreContents } from './replaceStore';

/** A backup that was read and checked completely, waiting for the analyst to confirm the restore. */
export interface OpenedBackup {
  fileName: string;
  contents: StoreContents;
  about: BackupAbout;
  /** Settings in the file that the restore leaves out, and why, for the preview to show. */
  warnings: string[];
  /** Readable cells edited in a spreadsheet program, which the restore does not apply (see readBackupWorkbook). */
  changedCells: string[];
}

export type OpenedBackupResult = { ok: true; backup: OpenedBackup } | { ok: false; message: string };

/** The whole store as a backup workbook, read in one transaction so it is a consistent picture. */
export async function buildStoreBackup(db: SilkLedgerDatabase, savedBy: string, generatedAt = new Date()): Promise<Uint8Array> {
  return buildBackupWorkbook(await readStoreContents(db), { generatedAt, appVersion, savedBy });
}

/**
 * Reads a backup workbook or a snapshot (whose checksum is checked first). Nothing is returned
 * unless every record in it is valid, so a restore never starts on a damaged file; a setting that
 * is not valid is left out, with a warning.
 */
export async function readBackupFile(fileName: string, bytes: Uint8Array): Promise<OpenedBackupResult> {
  let workbook = bytes;
  if (looksLikeSnapshot(bytes)) {
    const unwrapped = await unwrapSnapshot(bytes, fileName);
    if (!unwrapped.ok) return unwrapped;
    workbook = unwrapped.workbook;
  }
  const read = readBackupWorkbook(workbook);
  if (!read.ok) return { ok: false, message: `${fileName}: ${read.message}` };
  const { dataset: contents, about, warnings, changedCells } = read;
  return { ok: true, backup: { fileName, contents, about, warnings, changedCells } };
}
