import { z } from 'zod';
import type { InvokeName, MenuCommand } from './channels';

/** Files the renderer hands to main for writing; large enough for a 100,000-row workbook. */
export const maxWriteBytes = 512 * 1024 * 1024;
/** Spreadsheets larger than this are refused before they are read into memory. */
export const maxSpreadsheetBytes = 200 * 1024 * 1024;

const fileName = z
  .string()
  .min(1, 'a file name is required')
  .max(200, 'the file name is longer than 200 characters')
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'a file name, not a path, is expected',
  });

const fileBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'file contents must be bytes (Uint8Array)' })
  .refine((bytes) => bytes.byteLength <= maxWriteBytes, {
    message: `file contents exceed ${maxWriteBytes / 1024 / 1024} MB`,
  });

/** xlsx is a zip file; anything else handed over as a backup workbook is refused before it is written. */
const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const backupWorkbookBytes = fileBytes.refine(
  (bytes) => zipSignature.every((byte, index) => bytes[index] === byte),
  'a backup workbook (xlsx) is expected',
);

export const exportFormats = ['xlsx', 'csv', 'ods', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const invokeArgumentSchemas = {
  openSpreadsheet: z.object({}).strict(),
  saveExport: z.object({ suggestedName: fileName, format: z.enum(exportFormats), bytes: fileBytes }).strict(),
  /** Which dialog to show: the backups folder's snapshots, or a backup workbook anywhere. */
  openBackup: z.object({ kind: z.enum(['snapshot', 'workbook']) }).strict(),
  writeSnapshot: z.object({ workbook: backupWorkbookBytes }).strict(),
  dataChanged: z.object({}).strict(),
} satisfies Record<InvokeName, z.ZodType>;

export type InvokeArguments = { [K in InvokeName]: z.input<(typeof invokeArgumentSchemas)[K]> };

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SavedFile {
  /** Only the base name: the renderer never needs, and is never given, full paths to reuse. */
  name: string;
  bytesWritten: number;
}

export interface InvokeResults {
  openSpreadsheet: OpenedFile | null;
  saveExport: SavedFile | null;
  /** A snapshot comes back as the workbook inside it, once its checksum is checked. */
  openBackup: OpenedFile | null;
  writeSnapshot: SavedFile;
  dataChanged: null;
}

export type IpcErrorCode =
  | 'invalid-arguments'
  | 'forbidden-sender'
  | 'file-too-large'
  | 'file-unreadable'
  | 'file-unwritable'
  | 'backup-corrupt'
  | 'unexpected';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** Errors cross the process boundary as values, never as thrown stacks. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes on `window.silkLedger`, and nothing more. */
export type HostBridge = {
  [K in InvokeName]: (args: InvokeArguments[K]) => Promise<IpcResult<InvokeResults[K]>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onSnapshotRequest(listener: () => void): () => void;
};
