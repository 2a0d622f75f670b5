import { promises as fs } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invokeNames, validInvokeArguments, workbookBytes } from '../../shared/ipc/invokeArguments.testHelpers';
import { wrapSnapshot } from '../../shared/report/backupSnapshot';
import { createAppUrlPolicy } from './appUrls';
import { createBackupSnapshots } from './backupSnapshots';
import { createFileAccess } from './fileAccess';
import { createInvokeHandlers, type Dialogs } from './invokeHandlers';
import type { InvokeSender } from './ipcGuard';

const windowId = 7;
const fromApp: InvokeSender = { senderId: windowId, isMainFrame: true, url: 'app://bundle/index.html' };

let folder: string;
let chosenPath: string | undefined;
let savePath: string | undefined;
let triggered: string[];
let trustedWindowId: number | undefined;

/** Cancels every dialog, noting that it was shown: a refused call must never get as far as a dialog. */
const dialogs: Dialogs = {
  chooseSpreadsheet: async () => (triggered.push('spreadsheet dialog'), chosenPath),
  chooseSaveLocation: async () => (triggered.push('save dialog'), savePath),
  chooseBackup: async () => (triggered.push('backup dialog'), chosenPath),
};

function handlers(maxReadBytes = 1024) {
  let counter = 0;
  const fileAccess = createFileAccess(fs, { maxReadBytes, uniqueSuffix: () => `t${counter++}` });
  return createInvokeHandlers({
    dialogs,
    fileAccess,
    backups: createBackupSnapshots({
      fs,
      fileAccess,
      folder: join(folder, 'backups'),
      now: () => new Date('2026-11-25T09:00:00.000Z'),
    }),
    snapshotTriggers: {
      dataChanged: () => triggered.push('data changed'),
      snapshotWritten: () => triggered.push('snapshot written'),
    },
    senderPolicy: { trustedWebContentsId: () => trustedWindowId, isAppUrl: createAppUrlPolicy(undefined) },
  });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'silk-ledger-ipc-'));
  chosenPath = undefined;
  savePath = undefined;
  triggered = [];
  trustedWindowId = windowId;
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('sender checks', () => {
  const refusedSenders: [string, InvokeSender, string][] = [
    ['another window', { ...fromApp, senderId: 99 }, 'did not come from the Silk Ledger window'],
    ['an inner frame', { ...fromApp, isMainFrame: false }, 'frame inside the page'],
    ...['https://evil.example/', 'file:///etc/passwd', 'data:text/html,x', 'app://bundle.evil.example/', 'about:blank'].map(
      (url): [string, InvokeSender, string] => [`a page at ${url}`, { ...fromApp, url }, 'outside the app'],
    ),
  ];

  it.each(invokeNames)('%s refuses other windows, frames and pages before looking at the call', async (name) => {
    for (const [label, sender, reason] of refusedSenders) {
      const result = await handlers()[name](sender, validInvokeArguments[name]);
      expect(result, label).toEqual({
        ok: false,
        error: { code: 'forbidden-sender', message: expect.stringContaining(reason) },
      });
    }
    expect(triggered).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses every call while the app window is closed', async () => {
    trustedWindowId = undefined;
    for (const name of invokeNames) {
      const result = await handlers()[name](fromApp, validInvokeArguments[name]);
      expect(!result.ok && result.error.code, name).toBe('forbidden-sender');
    }
    expect(triggered).toEqual([]);
  });
});

describe('argument validation', () => {
  it.each([
    ['text instead of bytes', { workbook: 'hello' }, 'workbook: file contents must be bytes'],
    ['bytes that are no workbook', { workbook: new Uint8Array([1, 2, 3, 4]) }, 'a backup workbook (xlsx) is expected'],
    ['a path to write to', { workbook: workbookBytes, fileName: '../outside.xlsx' }, 'fileName'],
    ['nothing', undefined, 'expected object'],
  ])('refuses writeSnapshot with %s, writing nothing', async (_label, args, detail) => {
    const result = await handlers().writeSnapshot(fromApp, args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.message).toContain('Invalid arguments for renderer:write-snapshot');
      expect(result.error.message).toContain(detail);
    }
    expect(await readdir(folder)).toEqual([]);
    expect(triggered).toEqual([]);
  });

  it('refuses an unknown kind of backup to open, and arguments to a notice that takes none', async () => {
    const open = await handlers().openBackup(fromApp, { kind: '/etc/passwd' });
    expect(!open.ok && open.error.message).toContain('kind');
    const changed = await handlers().dataChanged(fromApp, { tables: ['deals'] });
    expect(!changed.ok && changed.error.code).toBe('invalid-arguments');
    expect(triggered).toEqual([]);
  });

  it.each([
    ['openSpreadsheet', { path: '/etc/passwd' }],
    ['openSpreadsheet', null],
    ['saveExport', { ...validInvokeArguments.saveExport, bytes: [80, 75] }],
    ['saveExport', { ...validInvokeArguments.saveExport, suggestedName: '../../.bashrc' }],
    ['saveExport', { format: 'xlsx', bytes: new Uint8Array() }],
    ['openBackup', {}],
    ['writeSnapshot', [workbookBytes]],
    ['dataChanged', 42],
  ] as const)('refuses %s called with %j before any dialog or write', async (name, args) => {
    const result = await handlers()[name](fromApp, args);
    expect(!result.ok && result.error.code).toBe('invalid-arguments');
    expect(triggered).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses an unknown export format', async () => {
    const result = await handlers().saveExport(fromApp, { suggestedName: 'r.exe', format: 'exe', bytes: new Uint8Array() });
    expect(result.ok === false && result.error.message).toContain('format');
  });
});

describe('file work', () => {
  it('reads the spreadsheet the user chose and gives only its name back', async () => {
    chosenPath = join(folder, 'deals.csv');
    await writeFile(chosenPath, 'Title,Amount\nA,1\n');
    const result = await handlers().openSpreadsheet(fromApp, {});
    expect(result.ok && result.value?.name).toBe('deals.csv');
    expect(result.ok && new TextDecoder().decode(result.value!.bytes)).toContain('Title,Amount');
  });

  it('returns null when the open dialog is cancelled', async () => {
    expect(await handlers().openSpreadsheet(fromApp, {})).toEqual({ ok: true, value: null });
  });

  it('refuses a file over the size limit with its size in the message', async () => {
    chosenPath = join(folder, 'huge.xlsx');
    await writeFile(chosenPath, new Uint8Array(4096));
    const result = await handlers(1024).openSpreadsheet(fromApp, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      code: 'file-too-large',
      message: expect.stringMatching(/huge\.xlsx is 0\.0 MB/),
    });
  });

  it('reports a file that vanished between choosing and reading', async () => {
    chosenPath = join(folder, 'gone.xlsx');
    const result = await handlers().openSpreadsheet(fromApp, {});
    expect(!result.ok && result.error.code).toBe('file-unreadable');
  });

  it('saves an export atomically, leaving no temporary file', async () => {
    savePath = join(folder, 'report.xlsx');
    await writeFile(savePath, 'old report');
    const result = await handlers().saveExport(fromApp, {
      suggestedName: 'report.xlsx',
      format: 'xlsx',
      bytes: new Uint8Array([80, 75]),
    });
    expect(result).toEqual({ ok: true, value: { name: 'report.xlsx', bytesWritten: 2 } });
    expect([...(await readFile(savePath))]).toEqual([80, 75]);
    expect(await readdir(folder)).toEqual(['report.xlsx']);
  });

  it('keeps the old file and removes the temporary one when the write fails', async () => {
    savePath = join(folder, 'a-directory');
    await fs.mkdir(savePath);
    await writeFile(join(savePath, 'keep.txt'), 'x');
    const result = await handlers().saveExport(fromApp, { suggestedName: 'x.xlsx', format: 'xlsx', bytes: new Uint8Array([1]) });
    expect(!result.ok && result.error.code).toBe('file-unwritable');
    expect((await readdir(folder)).sort()).toEqual(['a-directory']);
  });

  it('writes snapshots into the backups folder under user data, and tells the triggers', async () => {
    await handlers().dataChanged(fromApp, {});
    const result = await handlers().writeSnapshot(fromApp, { workbook: workbookBytes });
    expect(result).toEqual({ ok: true, value: { name: 'silk-ledger-2026-11-25T09-00-00-000Z.silkbackup', bytesWritten: 112 } });
    expect(await readdir(join(folder, 'backups'))).toEqual(['silk-ledger-2026-11-25T09-00-00-000Z.silkbackup']);
    expect(triggered).toEqual(['data changed', 'snapshot written']);
  });

  it('opens the backup the user chose: a snapshot as the workbook inside, a damaged one refused', async () => {
    chosenPath = join(folder, 'chosen.silkbackup');
    await writeFile(chosenPath, await wrapSnapshot(workbookBytes));
    const opened = await handlers().openBackup(fromApp, { kind: 'snapshot' });
    expect(opened.ok && [...opened.value!.bytes]).toEqual([...workbookBytes]);
    await writeFile(chosenPath, (await readFile(chosenPath)).subarray(0, 110));
    const damaged = await handlers().openBackup(fromApp, { kind: 'snapshot' });
    expect(!damaged.ok && damaged.error).toEqual({ code: 'backup-corrupt', message: expect.stringContaining('truncated') });
  });
});
