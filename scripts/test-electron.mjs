// `npm run test:electron`: the Playwright _electron suite against the built desktop app.
import { spawnSync } from 'node:child_process';
import { electronUnavailableReason } from './electronAvailability.mjs';

const reason = electronUnavailableReason();
if (reason) {
  console.log(`Electron-only suite not run: ${reason}. Nothing was tested; this is not a failure.`);
  process.exit(0);
}

const options = { stdio: 'inherit', shell: process.platform === 'win32' };
const build = spawnSync('npx', ['electron-vite', 'build'], options);
if (build.status !== 0) process.exit(build.status ?? 1);
const tests = spawnSync('npx', ['playwright', 'test', '--config', 'e2e/electron/playwright.electron.config.ts'], options);
process.exit(tests.status ?? 1);
