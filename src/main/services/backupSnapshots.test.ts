import { promises as fs } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotName } from '../../shared/report/backupSnapshot';
import { createBackupSnapshots, snapshotsToKeep, takenAtOf } from './backupSnapshots';
import { createFileAccess } from './fileAccess';

let root: string;
let clock: Date;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'silk-ledger-snapshots-'));
  clock = new Date('2026-11-25T09:00:00.000Z');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function snapshots() {
  let counter = 0;
  const fileAccess = createFileAccess(fs, { maxReadBytes: 10 * 1024 * 1024, uniqueSuffix: () => `t${counter++}` });
  return createBackupSnapshots({ fs, fileAccess, folder: join(root, 'backups'), now: () => clock });
}

const workbook = new Uint8Array(Array.from({ length: 3000 }, (_, index) => (index * 13) % 251));
const hours = (n: number) => n * 3_600_000;

describe('snapshot names', () => {
  it('carry the time they were taken, and other files are not taken for snapshots', () => {
    expect(snapshotName(clock)).toBe('silk-ledger-2026-11-25T09-00-00-000Z.silkbackup');
    expect(takenAtOf(snapshotName(clock))).toEqual(clock);
    expect(takenAtOf('notes.txt')).toBeUndefined();
    expect(takenAtOf('.silk-ledger-2026-11-25T09-00-00-000Z.silkbackup.t0.tmp')).toBeUndefined();
    expect(takenAtOf('silk-ledger-2026-13-45T09-00-00-000Z.silkbackup')).toBeUndefined();
  });
});

describe('rotation', () => {
  it('keeps the newest snapshot of each of the last 10 days and of each of the last 4 weeks', () => {
    // Every six hours for 60 days, ending on Wednesday 2026-11-25 18:00 UTC.
    const end = Date.parse('2026-11-25T18:00:00Z');
    const taken = Array.from({ length: 240 }, (_, index) => new Date(end - hours(6 * index)));
    const kept = [...snapshotsToKeep(taken)].sort().map((time) => new Date(time).toISOString());
    const dailies = Array.from({ length: 10 }, (_, day) => new Date(end - hours(24 * day)).toISOString()).reverse();
    // Weeks start on Monday; the newest of this week and last week are dailies already.
    const weeklies = ['2026-11-08T18:00:00.000Z', '2026-11-15T18:00:00.000Z'];
    expect(kept).toEqual([...weeklies, ...dailies]);
  });
});

describe('the backups folder', () => {
  it('writes a checksummed snapshot atomically and reads back the workbook in it', async () => {
    const folder = snapshots();
    const written = await folder.write(workbook);
    expect(written).toEqual({ ok: true, value: { name: 'silk-ledger-2026-11-25T09-00-00-000Z.silkbackup', bytesWritten: 3107 } });
    expect(await readdir(folder.folder)).toEqual(['silk-ledger-2026-11-25T09-00-00-000Z.silkbackup']);
    const path = join(folder.folder, 'silk-ledger-2026-11-25T09-00-00-000Z.silkbackup');
    expect((await readFile(path)).subarray(0, 20).toString()).toBe('SILK-LEDGER-SNAPSHOT');
    const read = await folder.read(path);
    expect(read.ok && [...read.value.bytes]).toEqual([...workbook]);
    expect(await folder.latestTakenAt()).toEqual(clock);
  });

  it('refuses a truncated or corrupt snapshot with a clear message', async () => {
    const folder = snapshots();
    await folder.write(workbook);
    const path = join(folder.folder, snapshotName(clock));
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.byteLength - 100));
    expect(await folder.read(path)).toEqual({
      ok: false,
      error: {
        code: 'backup-corrupt',
        message:
          'silk-ledger-2026-11-25T09-00-00-000Z.silkbackup cannot be restored: it is truncated (2900 of 3000 bytes are there); the file was cut short.',
      },
    });
    bytes[bytes.byteLength - 1] ^= 0xff;
    await writeFile(path, bytes);
    const corrupt = await folder.read(path);
    expect(!corrupt.ok && corrupt.error.message).toContain('its checksum does not match its contents, so the file is corrupt');
  });

  it('hands over a plain backup workbook as it is, for the reader to check', async () => {
    const path = join(root, 'data.xlsx');
    await writeFile(path, workbook);
    const read = await snapshots().read(path);
    expect(read.ok && read.value.name).toBe('data.xlsx');
    expect(read.ok && [...read.value.bytes]).toEqual([...workbook]);
  });

  it('rotates after each write, leaving other files in the folder alone', async () => {
    const folder = snapshots();
    await fs.mkdir(folder.folder, { recursive: true });
    await writeFile(join(folder.folder, 'README.txt'), 'mine');
    // Two snapshots a day for 40 days, the last on Sunday 2027-01-03 at 21:00.
    for (let half = 0; half < 80; half++) {
      await folder.write(workbook);
      clock = new Date(clock.getTime() + hours(12));
    }
    const names = (await readdir(folder.folder)).sort();
    expect(names).toContain('README.txt');
    const dailies = Array.from({ length: 10 }, (_, day) =>
      snapshotName(new Date(Date.parse('2026-12-25T21:00:00Z') + hours(24 * day))),
    );
    const weeklies = [snapshotName(new Date('2026-12-13T21:00:00Z')), snapshotName(new Date('2026-12-20T21:00:00Z'))];
    expect(names.filter((name) => takenAtOf(name))).toEqual([...weeklies, ...dailies]);
  });
});
