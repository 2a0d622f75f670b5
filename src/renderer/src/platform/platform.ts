import type { MenuCommand } from '@shared/ipc/channels';
import type { ExportFormat, IpcResult, OpenedFile, SavedFile } from '@shared/ipc/contract';

export interface SaveRequest {
  suggestedName: string;
  format: ExportFormat;
  bytes: Uint8Array;
}

/**
 * Everything the renderer needs from its host. The desktop app answers through the preload
 * bridge; the web edition through browser APIs. Features never look past this interface.
 */
export interface Platform {
  edition: 'desktop' | 'web';
  /** Lets the user choose a spreadsheet; null when they cancel. */
  openSpreadsheet(): Promise<IpcResult<OpenedFile | null>>;
  /** Lets the user save bytes (an export); null when they cancel. */
  saveFile(request: SaveRequest): Promise<IpcResult<SavedFile | null>>;
  /** Stores a backup: in the backups folder on desktop, as a download on the web. */
  writeBackup(fileName: string, bytes: Uint8Array): Promise<IpcResult<SavedFile>>;
  /** Commands from the application menu (desktop) or its keyboard shortcuts (web). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
