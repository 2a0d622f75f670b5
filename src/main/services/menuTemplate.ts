import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';

export interface MenuTemplateOptions {
  isMac: boolean;
  appName: string;
  sendCommand(command: MenuCommand): void;
}

function command(
  label: string,
  name: MenuCommand,
  accelerator: string | undefined,
  send: (c: MenuCommand) => void,
): MenuItemConstructorOptions {
  return { label, accelerator, click: () => send(name), id: name };
}

/** The application menu: the platform's standard roles plus the app's own commands. */
export function buildMenuTemplate({ isMac, appName, sendCommand }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('New Deal', 'new-deal', 'CmdOrCtrl+N', sendCommand),
        { type: 'separator' },
        command('Import Spreadsheet…', 'import-spreadsheet', 'CmdOrCtrl+O', sendCommand),
        command('Export Report…', 'export-report', 'CmdOrCtrl+E', sendCommand),
        { type: 'separator' },
        command('Save Data as Workbook…', 'save-data-workbook', 'CmdOrCtrl+Shift+S', sendCommand),
        command('Open Data Workbook…', 'open-data-workbook', undefined, sendCommand),
        { type: 'separator' },
        command('Back Up Now', 'backup-now', 'CmdOrCtrl+Shift+B', sendCommand),
        command('Restore from Backup…', 'restore-backup', undefined, sendCommand),
        command('Reset to Default Dataset…', 'reset-default-dataset', undefined, sendCommand),
        { type: 'separator' },
        command('Your Name…', 'set-analyst-name', undefined, sendCommand),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find…', 'global-search', 'CmdOrCtrl+K', sendCommand),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload', accelerator: 'CmdOrCtrl+R' },
        command('Toggle Dark Mode', 'toggle-dark-mode', 'CmdOrCtrl+Shift+D', sendCommand),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    {
      label: '&Window',
      submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
    },
  ];
}
