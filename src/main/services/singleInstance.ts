/** The members of Electron's BrowserWindow used to bring the app's window to the front. */
export interface RaisableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** The members of Electron's app the lock uses; an EventEmitter stand-in has the same shape. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** Restores a minimised window, shows a hidden one and gives it the focus. */
export function raiseWindow(window: RaisableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Keeps one Silk Ledger running per user. Two instances would open the same IndexedDB store and
 * backups folder at once, so a second launch quits and the first one's window comes forward
 * instead. Returns whether this process holds the lock and should go on starting.
 */
export function holdSingleInstance(app: SingleInstanceApp, currentWindow: () => RaisableWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    // Before the first window exists there is nothing to raise; it shows itself once it is ready.
    const window = currentWindow();
    if (window && !window.isDestroyed()) raiseWindow(window);
  });
  return true;
}
