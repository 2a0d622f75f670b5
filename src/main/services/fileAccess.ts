import { basename, dirname, join } from 'node:path';
import type { IpcResult } from '../../shared/ipc/contract';

/** The few fs calls file access needs, so tests can pass node's real fs on a temp folder. */
export interface FileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: boolean }): Promise<unknown>;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function createFileAccess(fs: FileSystem, options: { maxReadBytes: number; uniqueSuffix: () => string }) {
  return {
    /** Reads a file the user picked, refusing anything over the limit before loading it. */
    async readChosenFile(path: string): Promise<IpcResult<{ name: string; bytes: Uint8Array }>> {
      const name = basename(path);
      try {
        const info = await fs.stat(path);
        if (!info.isFile()) return { ok: false, error: { code: 'file-unreadable', message: `${name} is not a file.` } };
        if (info.size > options.maxReadBytes) {
          return {
            ok: false,
            error: {
              code: 'file-too-large',
              message: `${name} is ${megabytes(info.size)}; Silk Ledger reads spreadsheets up to ${megabytes(options.maxReadBytes)}. Split the file or remove unused sheets.`,
            },
          };
        }
        return { ok: true, value: { name, bytes: await fs.readFile(path) } };
      } catch (error) {
        return { ok: false, error: { code: 'file-unreadable', message: `Could not read ${name}: ${(error as Error).message}` } };
      }
    },

    /**
     * Writes through a temporary file in the same folder and renames it over the target, so a
     * crash or a full disk never leaves a half-written report where the old one was.
     */
    async writeFileAtomically(path: string, bytes: Uint8Array): Promise<IpcResult<{ name: string; bytesWritten: number }>> {
      const name = basename(path);
      const temporary = join(dirname(path), `.${name}.${options.uniqueSuffix()}.tmp`);
      try {
        await fs.mkdir(dirname(path), { recursive: true });
        await fs.writeFile(temporary, bytes);
        await fs.rename(temporary, path);
        return { ok: true, value: { name, bytesWritten: bytes.byteLength } };
      } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        return { ok: false, error: { code: 'file-unwritable', message: `Could not save ${name}: ${(error as Error).message}` } };
      }
    },
  };
}

export type FileAccess = ReturnType<typeof createFileAccess>;
