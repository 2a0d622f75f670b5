import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuCommands, type MenuCommand } from '../../shared/ipc/channels';
import { buildMenuTemplate } from './menuTemplate';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it('offers every app command with its accelerator, and clicking sends it to the renderer', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(buildMenuTemplate({ isMac: false, appName: 'Silk Ledger', sendCommand: (c) => sent.push(c) }));
    for (const command of menuCommands) {
      const item = items.find((candidate) => candidate.id === command);
      expect(item, command).toBeDefined();
      (item!.click as () => void)();
    }
    expect(sent).toEqual([...menuCommands]);
    const accelerator = (id: string) => items.find((item) => item.id === id)?.accelerator;
    expect(accelerator('import-spreadsheet')).toBe('CmdOrCtrl+O');
    expect(accelerator('export-report')).toBe('CmdOrCtrl+E');
    expect(accelerator('new-deal')).toBe('CmdOrCtrl+N');
    expect(accelerator('save-data-workbook')).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator('backup-now')).toBe('CmdOrCtrl+Shift+B');
    expect(items.some((item) => item.role === 'reload')).toBe(true);
  });

  it('adds the macOS application menu only on macOS', () => {
    const mac = buildMenuTemplate({ isMac: true, appName: 'Silk Ledger', sendCommand: () => undefined });
    const other = buildMenuTemplate({ isMac: false, appName: 'Silk Ledger', sendCommand: () => undefined });
    expect(mac[0].label).toBe('Silk Ledger');
    expect(other[0].label).toBe('&File');
  });
});
