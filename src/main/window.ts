import { BrowserWindow, dialog, screen } from 'electron';
import { builtPreloadPath, secureWebPreferences } from './services/webPreferences';
import { parseWindowState, placeOnVisibleDisplay, type WindowState } from './services/windowState';

export function createMainWindow(savedState: string | undefined, saveState: (state: WindowState) => void): BrowserWindow {
  const state = placeOnVisibleDisplay(
    parseWindowState(savedState),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...state,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Silk Ledger',
    backgroundColor: '#1b1f24',
    webPreferences: secureWebPreferences(builtPreloadPath(__dirname)),
  });
  if (state.maximized) window.maximize();
  // A form with unsaved changes cancels beforeunload; Electron would then refuse to close silently.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Discard changes and close', 'Keep editing'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'A form has unsaved changes. Discard them?',
    });
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());

  const remember = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    saveState({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);
  return window;
}
