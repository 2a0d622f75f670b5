import type { MenuCommand } from '@shared/ipc/channels';

/** The web edition has no application menu; these keys stand in for its accelerators. */
const shortcuts: ReadonlyArray<{ key: string; shift: boolean; command: MenuCommand }> = [
  { key: 'k', shift: false, command: 'global-search' },
  { key: 'n', shift: false, command: 'new-deal' },
  { key: 'o', shift: false, command: 'import-spreadsheet' },
  { key: 'e', shift: false, command: 'export-report' },
  { key: 's', shift: true, command: 'save-data-workbook' },
  { key: 'b', shift: true, command: 'backup-now' },
  { key: 'd', shift: true, command: 'toggle-dark-mode' },
];

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function commandForShortcut(event: ShortcutKey): MenuCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  return shortcuts.find((shortcut) => shortcut.key === key && shortcut.shift === event.shiftKey)?.command;
}
