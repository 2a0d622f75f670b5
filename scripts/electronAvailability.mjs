import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

/**
 * Says why the desktop app cannot start here, or returns undefined when it can. The electron
 * package throws when its binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD or no network).
 */
export function electronUnavailableReason() {
  let binary;
  try {
    binary = require('electron');
  } catch {
    return 'the Electron runtime is not installed (its download was skipped or failed during npm install)';
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return `the Electron binary is missing (${binary})`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display is available (DISPLAY and WAYLAND_DISPLAY are unset)';
  }
  return undefined;
}
