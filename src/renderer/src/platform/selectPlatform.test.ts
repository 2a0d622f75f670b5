import { describe, expect, it } from 'vitest';
import type { HostBridge } from '@shared/ipc/contract';
import { commandForShortcut } from './keyboardShortcuts';
import { selectPlatform } from './selectPlatform';

function bridge(calls: unknown[]): HostBridge {
  const record = (name: string) => async (args: unknown) => {
    calls.push([name, args]);
    return { ok: true, value: null } as never;
  };
  return {
    openSpreadsheet: record('openSpreadsheet'),
    saveExport: record('saveExport'),
    openBackup: record('openBackup'),
    writeSnapshot: record('writeSnapshot'),
    dataChanged: record('dataChanged'),
    onMenuCommand: () => () => undefined,
    onSnapshotRequest: () => () => undefined,
  };
}

describe('platform selection', () => {
  it('uses the preload bridge inside the desktop app', async () => {
    const calls: unknown[] = [];
    const platform = selectPlatform({ silkLedger: bridge(calls), navigator: {} });
    expect(platform.edition).toBe('desktop');
    await platform.saveFile({ suggestedName: 'r.xlsx', format: 'xlsx', bytes: new Uint8Array([1]) });
    await platform.writeSnapshot(new Uint8Array([2]));
    await platform.openBackup('snapshot');
    platform.reportDataChanged();
    expect(calls).toEqual([
      ['saveExport', { suggestedName: 'r.xlsx', format: 'xlsx', bytes: new Uint8Array([1]) }],
      ['writeSnapshot', { workbook: new Uint8Array([2]) }],
      ['openBackup', { kind: 'snapshot' }],
      ['dataChanged', {}],
    ]);
  });

  it('falls back to the web edition without a bridge', () => {
    expect(selectPlatform({ navigator: {} }).edition).toBe('web');
    expect(selectPlatform({ navigator: { webdriver: true }, showSaveFilePicker: () => undefined }).edition).toBe('web');
  });
});

describe('web keyboard shortcuts', () => {
  const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...extra,
  });
  it('maps Ctrl/Cmd accelerators to the same commands as the desktop menu', () => {
    expect(commandForShortcut(key('k', { ctrlKey: true }))).toBe('global-search');
    expect(commandForShortcut(key('K', { metaKey: true }))).toBe('global-search');
    expect(commandForShortcut(key('n', { ctrlKey: true }))).toBe('new-deal');
    expect(commandForShortcut(key('D', { ctrlKey: true, shiftKey: true }))).toBe('toggle-dark-mode');
    expect(commandForShortcut(key('S', { ctrlKey: true, shiftKey: true }))).toBe('save-data-workbook');
    expect(commandForShortcut(key('k'))).toBeUndefined();
    expect(commandForShortcut(key('d', { ctrlKey: true }))).toBeUndefined();
    expect(commandForShortcut(key('k', { ctrlKey: true, altKey: true }))).toBeUndefined();
  });
});
