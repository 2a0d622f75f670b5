import type { MenuCommand } from '@shared/ipc/channels';
import type { ExportFormat, IpcResult, OpenedFile, SavedFile } from '@shared/ipc/contract';

export type BackupKind = 'snapshot' | 'workbook';

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
  /**
   * Stores a snapshot of the store (its backup workbook behind a checksum): in the backups folder
   * on desktop, where older ones are rotated out; as a download on the web.
   */
  writeSnapshot(workbook: Uint8Array): Promise<IpcResult<SavedFile>>;
  /**
   * Lets the user choose a snapshot ('snapshot': the backups folder on desktop) or a backup
   * workbook; null when they cancel. Desktop checks a snapshot's checksum before handing it over.
   */
  openBackup(kind: BackupKind): Promise<IpcResult<OpenedFile | null>>;
  /** Tells the host the store changed, so it can plan the next snapshot (desktop only). */
  reportDataChanged(): void;
  /** The host asking for a snapshot: while edits go on, and when the window closes (desktop only). */
  onSnapshotRequest(listener: () => void): () => void;
  /** Commands from the application menu (desktop) or its keyboard shortcuts (web). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
