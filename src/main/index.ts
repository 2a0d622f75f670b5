import { randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import { buildContentSecurityPolicy } from '../shared/contentSecurityPolicy';
import { invokeChannels, menuCommandChannel, snapshotRequestChannel, type InvokeName } from '../shared/ipc/channels';
import { maxSpreadsheetBytes } from '../shared/ipc/contract';
import { snapshotExtension } from '../shared/report/backupSnapshot';
import { appEntryUrl, appScheme, createAppUrlPolicy } from './services/appUrls';
import { createBackupSnapshots } from './services/backupSnapshots';
import { createBundleRequestHandler } from './services/bundleProtocol';
import { lockDownSession, lockDownWebContents } from './services/contentLockdown';
import { createFileAccess } from './services/fileAccess';
import { createInvokeHandlers } from './services/invokeHandlers';
import { buildMenuTemplate } from './services/menuTemplate';
import { holdSingleInstance } from './services/singleInstance';
import { createSnapshotTriggers, type SnapshotTriggers } from './services/snapshotTriggers';
import { snapshotOnClose } from './snapshotOnClose';
import { createMainWindow } from './window';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const isAppUrl = createAppUrlPolicy(devServerUrl);
const contentSecurityPolicy = buildContentSecurityPolicy({ mode: 'header' });

let mainWindow: BrowserWindow | undefined;
const windowStatePath = () => join(app.getPath('userData'), 'window-state.json');

function readWindowState(): string | undefined {
  try {
    return readFileSync(windowStatePath(), 'utf8');
  } catch {
    return undefined;
  }
}

function serveBundle(): void {
  protocol.handle(
    appScheme,
    createBundleRequestHandler({
      bundleRoot: join(__dirname, '../renderer'),
      fetchFile: (fileUrl) => net.fetch(fileUrl),
      contentSecurityPolicy,
    }),
  );
}

function lockDownContent(): void {
  const policy = { isAppUrl };
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, policy));
  lockDownSession(session.defaultSession, policy);
}

async function registerIpc(): Promise<SnapshotTriggers> {
  const fileAccess = createFileAccess(fs, { maxReadBytes: maxSpreadsheetBytes, uniqueSuffix: randomUUID });
  const backups = createBackupSnapshots({
    fs,
    fileAccess,
    folder: join(app.getPath('userData'), 'backups'),
    now: () => new Date(),
  });
  const snapshotTriggers = createSnapshotTriggers({
    now: Date.now,
    setTimer: (run, delay) => setTimeout(run, delay),
    clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
    requestSnapshot: () => mainWindow?.webContents.send(snapshotRequestChannel),
    lastSnapshotAt: (await backups.latestTakenAt())?.getTime(),
  });
  const handlers = createInvokeHandlers({
    fileAccess,
    backups,
    snapshotTriggers,
    senderPolicy: { trustedWebContentsId: () => mainWindow?.webContents.id, isAppUrl },
    dialogs: {
      async chooseSpreadsheet() {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Import spreadsheet',
          properties: ['openFile'],
          filters: [
            { name: 'Spreadsheets', extensions: ['xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'csv', 'tsv', 'txt'] },
            { name: 'All files', extensions: ['*'] },
          ],
        });
        return result.canceled ? undefined : result.filePaths[0];
      },
      async chooseSaveLocation(suggestedName, format) {
        const result = await dialog.showSaveDialog(mainWindow!, {
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [{ name: format.toUpperCase(), extensions: [format] }],
        });
        return result.canceled ? undefined : result.filePath;
      },
      async chooseBackup(kind) {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: kind === 'snapshot' ? 'Restore from backup' : 'Open data workbook',
          defaultPath: kind === 'snapshot' ? backups.folder : app.getPath('documents'),
          properties: ['openFile'],
          filters: [
            kind === 'snapshot'
              ? { name: 'Silk Ledger backups', extensions: [snapshotExtension, 'xlsx'] }
              : { name: 'Backup workbooks', extensions: ['xlsx'] },
            { name: 'All files', extensions: ['*'] },
          ],
        });
        return result.canceled ? undefined : result.filePaths[0];
      },
    },
  });
  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    ipcMain.handle(invokeChannels[name], (event, args) =>
      handlers[name](
        {
          senderId: event.sender.id,
          isMainFrame: event.senderFrame === event.sender.mainFrame,
          url: event.senderFrame?.url ?? '',
        },
        args,
      ),
    );
  }
  return snapshotTriggers;
}

function openMainWindow(snapshotTriggers: SnapshotTriggers): void {
  mainWindow = createMainWindow(readWindowState(), (state) => {
    void fs.writeFile(windowStatePath(), JSON.stringify(state)).catch(() => undefined);
  });
  mainWindow.on('closed', () => (mainWindow = undefined));
  snapshotOnClose(mainWindow, snapshotTriggers);
  void mainWindow.loadURL(devServerUrl ?? appEntryUrl);
}

function startFirstInstance(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(openWhenReady);
}

async function openWhenReady(): Promise<void> {
  serveBundle();
  lockDownContent();
  const snapshotTriggers = await registerIpc();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        appName: app.name,
        sendCommand: (command) => mainWindow?.webContents.send(menuCommandChannel, command),
      }),
    ),
  );
  openMainWindow(snapshotTriggers);
  app.on('activate', () => {
    if (!mainWindow) openMainWindow(snapshotTriggers);
  });
}

// A second launch quits before it registers anything, and brings the first one's window forward.
if (holdSingleInstance(app, () => mainWindow)) startFirstInstance();
