import { join } from 'node:path';
import type { WebPreferences } from 'electron';

/** Where electron-vite writes the preload, seen from the built main process in out/main. */
export function builtPreloadPath(mainOutputDirectory: string): string {
  return join(mainOutputDirectory, '../preload/index.js');
}

/** The hardened webPreferences of the one app window; checked by webPreferences.test.ts. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // On by default, Electron's spellchecker downloads Hunspell dictionaries from a CDN on Windows
    // and Linux; the app promises that nothing is sent anywhere, so it stays off.
    spellcheck: false,
  };
}
