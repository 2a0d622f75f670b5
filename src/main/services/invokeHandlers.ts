import { invokeChannels, type InvokeName } from '../../shared/ipc/channels';
import {
  invokeArgumentSchemas,
  type AppInfo,
  type ExportFormat,
  type InvokeResults,
  type IpcResult,
  type OpenedFile,
  type SavedFile,
} from '../../shared/ipc/contract';
import type { FileAccess } from './fileAccess';
import { guardHandler, type InvokeSender, type SenderPolicy } from './ipcGuard';

/** Native dialogs, injected so handlers run in unit tests without a window. */
export interface Dialogs {
  /** Returns the chosen path, or undefined when the user cancels. */
  chooseSpreadsheet(): Promise<string | undefined>;
  chooseSaveLocation(suggestedName: string, format: ExportFormat): Promise<string | undefined>;
}

export interface InvokeHandlerDependencies {
  dialogs: Dialogs;
  fileAccess: FileAccess;
  backups: {
    folder: string;
    write(fileName: string, bytes: Uint8Array): Promise<IpcResult<{ name: string; bytesWritten: number }>>;
  };
  appInfo: Omit<AppInfo, 'backupsFolder'>;
  senderPolicy: SenderPolicy;
}

export type InvokeHandlers = {
  [K in InvokeName]: (sender: InvokeSender, rawArgs: unknown) => Promise<IpcResult<InvokeResults[K]>>;
};

/**
 * Every invoke channel of the contract with its handler. Paths never travel over IPC: main picks
 * them through its own dialogs and only file names and bytes cross to the renderer.
 */
export function createInvokeHandlers({
  dialogs,
  fileAccess,
  backups,
  appInfo,
  senderPolicy,
}: InvokeHandlerDependencies): InvokeHandlers {
  return {
    getAppInfo: guardHandler(invokeChannels.getAppInfo, invokeArgumentSchemas.getAppInfo, senderPolicy, async () => ({
      ok: true,
      value: { ...appInfo, backupsFolder: backups.folder },
    })),
    openSpreadsheet: guardHandler(
      invokeChannels.openSpreadsheet,
      invokeArgumentSchemas.openSpreadsheet,
      senderPolicy,
      async (): Promise<IpcResult<OpenedFile | null>> => {
        const path = await dialogs.chooseSpreadsheet();
        if (!path) return { ok: true, value: null };
        return fileAccess.readChosenFile(path);
      },
    ),
    saveExport: guardHandler(
      invokeChannels.saveExport,
      invokeArgumentSchemas.saveExport,
      senderPolicy,
      async ({ suggestedName, format, bytes }): Promise<IpcResult<SavedFile | null>> => {
        const path = await dialogs.chooseSaveLocation(suggestedName, format);
        if (!path) return { ok: true, value: null };
        return fileAccess.writeFileAtomically(path, bytes);
      },
    ),
    writeBackup: guardHandler(
      invokeChannels.writeBackup,
      invokeArgumentSchemas.writeBackup,
      senderPolicy,
      ({ fileName, bytes }) => backups.write(fileName, bytes),
    ),
  };
}
