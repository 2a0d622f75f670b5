import { defineConfig } from '@playwright/test';

/** The desktop-only suite; run through `npm run test:electron`, never part of `npm test`. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.electron.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
