import type { HostBridge } from '@shared/ipc/contract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';

export interface HostWindow {
  silkLedger?: HostBridge;
  showSaveFilePicker?: unknown;
  navigator: { webdriver?: boolean };
}

/**
 * The preload bridge means we run inside the desktop app; otherwise this is the web edition.
 * Under automation (navigator.webdriver) native save pickers cannot be driven, so downloads are
 * used instead, which is also what browsers without the File System Access API get.
 */
export function selectPlatform(host: HostWindow): Platform {
  if (host.silkLedger) return createElectronPlatform(host.silkLedger);
  return createBrowserPlatform({
    saveFilePicker: typeof host.showSaveFilePicker === 'function' && !host.navigator.webdriver,
  });
}
