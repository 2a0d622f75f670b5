/**
 * Channel names of the one IPC contract. Kept free of zod so the sandboxed preload stays tiny;
 * the argument schemas live in ./contract.ts. `renderer:` channels go from the UI to main,
 * `main:` channels from main to the UI.
 */
export const invokeChannels = {
  getAppInfo: 'renderer:get-app-info',
  openSpreadsheet: 'renderer:open-spreadsheet',
  saveExport: 'renderer:save-export',
  writeBackup: 'renderer:write-backup',
} as const;

export type InvokeName = keyof typeof invokeChannels;

export const menuCommandChannel = 'main:menu-command';

/** Commands the application menu sends to the renderer. */
export const menuCommands = [
  'import-spreadsheet',
  'export-report',
  'backup-now',
  'toggle-dark-mode',
  'new-deal',
  'global-search',
  'reset-default-dataset',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
