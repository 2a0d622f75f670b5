/**
 * Channel names of the one IPC contract. Kept free of zod so the sandboxed preload stays tiny;
 * the argument schemas live in ./contract.ts. `renderer:` channels go from the UI to main,
 * `main:` channels from main to the UI.
 */
export const invokeChannels = {
  openSpreadsheet: 'renderer:open-spreadsheet',
  saveExport: 'renderer:save-export',
  openBackup: 'renderer:open-backup',
  writeSnapshot: 'renderer:write-snapshot',
  dataChanged: 'renderer:data-changed',
} as const;

export type InvokeName = keyof typeof invokeChannels;

export const menuCommandChannel = 'main:menu-command';
/** Main asks the window for a snapshot of the store; the window answers with writeSnapshot. */
export const snapshotRequestChannel = 'main:snapshot-request';

/** Commands the application menu sends to the renderer. */
export const menuCommands = [
  'import-spreadsheet',
  'export-report',
  'save-data-workbook',
  'open-data-workbook',
  'backup-now',
  'restore-backup',
  'toggle-dark-mode',
  'new-deal',
  'global-search',
  'reset-default-dataset',
  'set-analyst-name',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
