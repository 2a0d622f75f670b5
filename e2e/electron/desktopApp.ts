import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

export interface DesktopApp {
  app: ElectronApplication;
  window: Page;
  userDataDir: string;
  close(): Promise<void>;
}

/** Launches the built app with its own user-data folder, removed again on close. */
export async function launchDesktopApp(): Promise<DesktopApp> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'silk-ledger-e2e-'));
  const app = await electron.launch({
    args: [resolve(__dirname, '../../out/main/index.js'), `--user-data-dir=${userDataDir}`],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return {
    app,
    window,
    userDataDir,
    async close() {
      await app.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
