import { app, type BrowserWindow } from 'electron';
import type { SnapshotTriggers } from './services/snapshotTriggers';

/**
 * Holds the window's close (and so quitting) until the window has handed over a final snapshot of
 * unsaved changes, or until the triggers give up on it, so a hung window delays closing by seconds
 * at most and never blocks it.
 */
export function snapshotOnClose(window: BrowserWindow, triggers: SnapshotTriggers): void {
  let quitting = false;
  let snapshotTaken = false;
  const noteQuitting = () => (quitting = true);
  app.on('before-quit', noteQuitting);
  window.on('closed', () => app.off('before-quit', noteQuitting));
  window.on('close', (event) => {
    // The close that follows the snapshot (or its timeout) goes through; if a form's "Keep editing"
    // then stops it, later edits are snapshotted on the next close.
    if (snapshotTaken) {
      snapshotTaken = false;
      return;
    }
    if (!triggers.hasUnsavedChanges()) return;
    event.preventDefault();
    void triggers.finalSnapshot().then(() => {
      if (window.isDestroyed()) return;
      snapshotTaken = true;
      if (quitting) app.quit();
      else window.close();
      quitting = false;
    });
  });
}
