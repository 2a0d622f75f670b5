import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { parseWindowState, placeOnVisibleDisplay, type WindowState } from './services/windowState';

/** The hardened webPreferences of the one app window; checked by the security tests. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

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
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  if (state.maximized) window.maximize();
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
