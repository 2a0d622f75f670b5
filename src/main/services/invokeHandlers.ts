import { invokeChannels, type InvokeName } from '../../shared/ipc/channels';
import {
  invokeArgumentSchemas,
  type ExportFormat,
  type InvokeResults,
  type IpcResult,
  type OpenedFile,
  type SavedFile,
} from '../../shared/ipc/contract';
import type { BackupSnapshots } from './backupSnapshots';
import type { FileAccess } from './fileAccess';
import { guardHandler, type InvokeSender, type SenderPolicy } from './ipcGuard';

/** Native dialogs, injected so handlers run in unit tests without a window. */
export interface Dialogs {
  /** Returns the chosen path, or undefined when the user cancels. */
  chooseSpreadsheet(): Promise<string | undefined>;
  chooseSaveLocation(suggestedName: string, format: ExportFormat): Promise<string | undefined>;
  /** A snapshot from the backups folder, or a backup workbook from anywhere. */
  chooseBackup(kind: 'snapshot' | 'workbook'): Promise<string | undefined>;
}

export interface InvokeHandlerDependencies {
  dialogs: Dialogs;
  fileAccess: FileAccess;
  backups: Pick<BackupSnapshots, 'write' | 'read'>;
  /** Told when the window reports changed data and when a snapshot is written; decides when to ask for the next. */
  snapshotTriggers: { dataChanged(): void; snapshotWritten(): void };
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
  snapshotTriggers,
  senderPolicy,
}: InvokeHandlerDependencies): InvokeHandlers {
  return {
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
    openBackup: guardHandler(
      invokeChannels.openBackup,
      invokeArgumentSchemas.openBackup,
      senderPolicy,
      async ({ kind }): Promise<IpcResult<OpenedFile | null>> => {
        const path = await dialogs.chooseBackup(kind);
        if (!path) return { ok: true, value: null };
        return backups.read(path);
      },
    ),
    writeSnapshot: guardHandler(
      invokeChannels.writeSnapshot,
      invokeArgumentSchemas.writeSnapshot,
      senderPolicy,
      async ({ workbook }) => {
        const written = await backups.write(workbook);
        if (written.ok) snapshotTriggers.snapshotWritten();
        return written;
      },
    ),
    dataChanged: guardHandler(invokeChannels.dataChanged, invokeArgumentSchemas.dataChanged, senderPolicy, async () => {
      snapshotTriggers.dataChanged();
      return { ok: true, value: null };
    }),
  };
}
