import type { IpcResult, OpenedFile, SavedFile } from '@shared/ipc/contract';
import { maxSpreadsheetBytes } from '@shared/ipc/contract';
import { commandForShortcut } from './keyboardShortcuts';
import { snapshotExtension, snapshotName, wrapSnapshot } from '@shared/report/backupSnapshot';
import type { BackupKind, Platform, SaveRequest } from './platform';

const spreadsheetTypes = '.xlsx,.xlsm,.xls,.xlsb,.ods,.fods,.csv,.tsv,.txt';
const backupTypes: Record<BackupKind, string> = { snapshot: `.${snapshotExtension},.xlsx`, workbook: '.xlsx' };

const mimeTypes: Record<SaveRequest['format'], string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
  json: 'application/json',
};

export interface BrowserCapabilities {
  /** Native save dialogs through the File System Access API. */
  saveFilePicker: boolean;
}

type SaveFilePicker = (options: { suggestedName: string }) => Promise<{
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}>;

function download(name: string, bytes: Uint8Array, type: string): SavedFile {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { name, bytesWritten: bytes.byteLength };
}

export async function readPickedFile(file: File): Promise<IpcResult<OpenedFile>> {
  if (file.size > maxSpreadsheetBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      error: {
        code: 'file-too-large',
        message: `${file.name} is ${mb(file.size)}; Silk Ledger reads spreadsheets up to ${mb(maxSpreadsheetBytes)}. Split the file or remove unused sheets.`,
      },
    };
  }
  try {
    return { ok: true, value: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
  } catch (error) {
    return { ok: false, error: { code: 'file-unreadable', message: `Could not read ${file.name}: ${(error as Error).message}` } };
  }
}

function chooseFileWithInput(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}

export function createBrowserPlatform(capabilities: BrowserCapabilities): Platform {
  return {
    edition: 'web',
    async openSpreadsheet() {
      const file = await chooseFileWithInput(spreadsheetTypes);
      return file ? readPickedFile(file) : { ok: true, value: null };
    },
    // The checksum of a snapshot is checked by the reader, as the browser hands over the file as it is.
    async openBackup(kind) {
      const file = await chooseFileWithInput(backupTypes[kind]);
      return file ? readPickedFile(file) : { ok: true, value: null };
    },
    async saveFile({ suggestedName, format, bytes }) {
      if (!capabilities.saveFilePicker) return { ok: true, value: download(suggestedName, bytes, mimeTypes[format]) };
      try {
        const picker = (window as unknown as { showSaveFilePicker: SaveFilePicker }).showSaveFilePicker;
        const handle = await picker({ suggestedName });
        const writable = await handle.createWritable();
        await writable.write(new Blob([bytes as BlobPart], { type: mimeTypes[format] }));
        await writable.close();
        return { ok: true, value: { name: suggestedName, bytesWritten: bytes.byteLength } };
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return { ok: true, value: null };
        return {
          ok: false,
          error: { code: 'file-unwritable', message: `Could not save ${suggestedName}: ${(error as Error).message}` },
        };
      }
    },
    async writeSnapshot(workbook) {
      return { ok: true, value: download(snapshotName(new Date()), await wrapSnapshot(workbook), 'application/octet-stream') };
    },
    // Browsers cannot write to a folder unasked, so the web edition only backs up on request.
    reportDataChanged: () => undefined,
    onSnapshotRequest: () => () => undefined,
    onMenuCommand(listener) {
      const onKeyDown = (event: KeyboardEvent) => {
        const command = commandForShortcut(event);
        if (!command) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
  };
}
