import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/chromium';

const previewPort = 4174;
const devServerPort = 4175;
const devBuildSpecs = '**/devBuild.spec.ts';

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // CI machines have two cores shared by two browsers; give assertions room under load.
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: ['electron/**', devBuildSpecs],
      use: { baseURL: `http://127.0.0.1:${previewPort}` },
    },
    {
      // The built web edition leaves out what React does only in development builds (StrictMode runs
      // every effect twice, for one): these specs run the renderer as the dev server serves it.
      name: 'dev-server',
      testMatch: devBuildSpecs,
      use: { baseURL: `http://127.0.0.1:${devServerPort}` },
      // The dev server compiles each module when it is first asked for, which takes a while on two cores.
      timeout: 180_000,
      expect: { timeout: 60_000 },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${previewPort} --strictPort`,
      cwd: '..',
      url: `http://127.0.0.1:${previewPort}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `npx vite --config vite.web.config.ts --host 127.0.0.1 --port ${devServerPort} --strictPort`,
      cwd: '..',
      url: `http://127.0.0.1:${devServerPort}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
