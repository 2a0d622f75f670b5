import { promises as fs } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupFolder } from './backupFolder';
import { createFileAccess } from './fileAccess';
import { createInvokeHandlers, type Dialogs } from './invokeHandlers';
import type { InvokeSender } from './ipcGuard';

const windowId = 7;
const fromApp: InvokeSender = { senderId: windowId, isMainFrame: true, url: 'app://bundle/index.html' };

let folder: string;
let chosenPath: string | undefined;
let savePath: string | undefined;

const dialogs: Dialogs = {
  chooseSpreadsheet: async () => chosenPath,
  chooseSaveLocation: async () => savePath,
};

function handlers(maxReadBytes = 1024) {
  let counter = 0;
  const fileAccess = createFileAccess(fs, { maxReadBytes, uniqueSuffix: () => `t${counter++}` });
  return createInvokeHandlers({
    dialogs,
    fileAccess,
    backups: createBackupFolder(fileAccess, folder),
    appInfo: { version: '1.2.3', platform: 'linux' },
    senderPolicy: { trustedWebContentsId: () => windowId, isAppUrl: (url) => url.startsWith('app://bundle/') },
  });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'silk-ledger-ipc-'));
  chosenPath = undefined;
  savePath = undefined;
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('sender checks', () => {
  it.each([
    ['another window', { ...fromApp, senderId: 99 }, 'did not come from the Silk Ledger window'],
    ['an inner frame', { ...fromApp, isMainFrame: false }, 'frame inside the page'],
    ['a remote page', { ...fromApp, url: 'https://evil.example/' }, 'outside the app'],
  ])('refuses a call from %s', async (_label, sender, reason) => {
    const result = await handlers().getAppInfo(sender, {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining(reason) } });
  });
});

describe('argument validation', () => {
  it.each([
    [
      'a path instead of a file name',
      { fileName: '../outside.json', bytes: new Uint8Array([1]) },
      'fileName: a file name, not a path',
    ],
    ['text instead of bytes', { fileName: 'backup.json', bytes: 'hello' }, 'bytes: file contents must be bytes'],
    ['a missing file name', { bytes: new Uint8Array([1]) }, 'fileName'],
    ['an unexpected extra key', { fileName: 'a.json', bytes: new Uint8Array([1]), path: '/etc/passwd' }, 'path'],
  ])('refuses writeBackup with %s', async (_label, args, detail) => {
    const result = await handlers().writeBackup(fromApp, args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.message).toContain('Invalid arguments for renderer:write-backup');
      expect(result.error.message).toContain(detail);
    }
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

  it('writes backups into the backups folder under user data', async () => {
    const result = await handlers().writeBackup(fromApp, {
      fileName: 'silk-ledger-2026-11-25.json',
      bytes: new Uint8Array([123, 125]),
    });
    expect(result.ok).toBe(true);
    expect(await readFile(join(folder, 'backups', 'silk-ledger-2026-11-25.json'), 'utf8')).toBe('{}');
    const info = await handlers().getAppInfo(fromApp, {});
    expect(info.ok && info.value.backupsFolder).toBe(join(folder, 'backups'));
  });
});
