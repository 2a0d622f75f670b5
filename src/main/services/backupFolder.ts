import { join } from 'node:path';
import type { IpcResult } from '../../shared/ipc/contract';
import type { FileAccess } from './fileAccess';

/** Backups live in one folder under the app's user-data directory, written atomically. */
export function createBackupFolder(fileAccess: FileAccess, userDataPath: string) {
  const folder = join(userDataPath, 'backups');
  return {
    folder,
    async write(fileName: string, bytes: Uint8Array): Promise<IpcResult<{ name: string; bytesWritten: number }>> {
      return fileAccess.writeFileAtomically(join(folder, fileName), bytes);
    },
  };
}
