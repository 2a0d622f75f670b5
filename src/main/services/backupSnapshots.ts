import { basename, join } from 'node:path';
import {
  looksLikeSnapshot,
  snapshotExtension,
  snapshotName,
  unwrapSnapshot,
  wrapSnapshot,
} from '../../shared/report/backupSnapshot';
import type { IpcResult, OpenedFile, SavedFile } from '../../shared/ipc/contract';
import type { FileAccess } from './fileAccess';

export interface SnapshotFolderFileSystem {
  readdir(path: string): Promise<string[]>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

/** How many of the newest days and weeks keep their newest snapshot (as restic's --keep-daily/--keep-weekly). */
export const keptDays = 10;
export const keptWeeks = 4;

const namePattern = new RegExp(
  `^silk-ledger-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\.${snapshotExtension}$`,
);

/** When a snapshot was taken, from its name; undefined for any other file in the folder. */
export function takenAtOf(name: string): Date | undefined {
  const match = namePattern.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, milliseconds] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${milliseconds}Z`);
  return Number.isNaN(takenAt.getTime()) ? undefined : takenAt;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday (UTC) of the week a snapshot falls in. */
function weekOf(date: Date): string {
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  return dayOf(monday);
}

/**
 * The snapshots rotation keeps: the newest of each of the last `keptDays` days that have one, and the
 * newest of each of the last `keptWeeks` weeks. Days and weeks are UTC so the choice does not shift
 * when the computer travels across time zones.
 */
export function snapshotsToKeep(takenAts: Date[]): Set<number> {
  const newestFirst = [...takenAts].sort((a, b) => b.getTime() - a.getTime());
  const keep = new Set<number>();
  for (const [periodOf, count] of [
    [dayOf, keptDays],
    [weekOf, keptWeeks],
  ] as const) {
    const seen = new Set<string>();
    for (const takenAt of newestFirst) {
      const period = periodOf(takenAt);
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(takenAt.getTime());
    }
  }
  return keep;
}

export interface BackupSnapshotsOptions {
  fs: SnapshotFolderFileSystem;
  fileAccess: FileAccess;
  folder: string;
  now: () => Date;
}

/**
 * The backups folder: checksummed snapshots of the store written atomically and rotated, and read
 * back only when their checksum holds. The renderer hands over the backup workbook; names and paths
 * are chosen here.
 */
export function createBackupSnapshots({ fs, fileAccess, folder, now }: BackupSnapshotsOptions) {
  async function snapshotsInFolder(): Promise<Array<{ name: string; takenAt: Date }>> {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    return names.flatMap((name) => {
      const takenAt = takenAtOf(name);
      return takenAt ? [{ name, takenAt }] : [];
    });
  }

  async function rotate(): Promise<void> {
    const snapshots = await snapshotsInFolder();
    const keep = snapshotsToKeep(snapshots.map((snapshot) => snapshot.takenAt));
    for (const { name, takenAt } of snapshots) {
      if (!keep.has(takenAt.getTime())) await fs.rm(join(folder, name), { force: true });
    }
  }

  return {
    folder,

    async write(workbook: Uint8Array): Promise<IpcResult<SavedFile>> {
      const written = await fileAccess.writeFileAtomically(join(folder, snapshotName(now())), await wrapSnapshot(workbook));
      // A failed clean-up only leaves an extra old snapshot; the new one is safely written.
      if (written.ok) await rotate().catch(() => undefined);
      return written;
    },

    /** When the newest snapshot was taken, so the 30-minute rhythm carries on across restarts. */
    async latestTakenAt(): Promise<Date | undefined> {
      const times = (await snapshotsInFolder()).map((snapshot) => snapshot.takenAt.getTime());
      return times.length ? new Date(Math.max(...times)) : undefined;
    },

    /**
     * Reads a backup the user chose: a snapshot has its checksum checked and is handed over as the
     * workbook inside; a plain backup workbook is handed over as it is, to be checked when read.
     */
    async read(path: string): Promise<IpcResult<OpenedFile>> {
      const file = await fileAccess.readChosenFile(path);
      if (!file.ok || !looksLikeSnapshot(file.value.bytes)) return file;
      const unwrapped = await unwrapSnapshot(file.value.bytes, basename(path));
      if (!unwrapped.ok) return { ok: false, error: { code: 'backup-corrupt', message: unwrapped.message } };
      return { ok: true, value: { name: file.value.name, bytes: unwrapped.workbook } };
    },
  };
}

export type BackupSnapshots = ReturnType<typeof createBackupSnapshots>;
