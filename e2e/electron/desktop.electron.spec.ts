import { expect, test } from '@playwright/test';
import { menuCommands } from '../../src/shared/ipc/channels';
import { launchDesktopApp, type DesktopApp } from './desktopApp';

let desktop: DesktopApp;

test.beforeEach(async () => {
  desktop = await launchDesktopApp();
});

test.afterEach(async () => {
  await desktop.close();
});

test('the window opens on the app with the desktop edition', async () => {
  await expect(desktop.window.getByRole('navigation', { name: 'Record kinds' })).toBeVisible();
  await expect(desktop.window.getByRole('contentinfo')).toContainText('Desktop app');
});

test('the preload exposes exactly the IPC contract and no Node access', async () => {
  const exposed = await desktop.window.evaluate(() => ({
    keys: Object.keys(window.silkLedger ?? {}).sort(),
    hasRequire: typeof (window as unknown as { require?: unknown }).require,
    hasProcess: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed.keys).toEqual([
    'dataChanged',
    'onMenuCommand',
    'onSnapshotRequest',
    'openBackup',
    'openSpreadsheet',
    'saveExport',
    'writeSnapshot',
  ]);
  expect(exposed.hasRequire).toBe('undefined');
  expect(exposed.hasProcess).toBe('undefined');
});

test('responses carry the Content-Security-Policy header', async () => {
  const header = await desktop.window.evaluate(async () =>
    (await fetch('app://bundle/index.html')).headers.get('content-security-policy'),
  );
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
});

test('menu commands reach the renderer', async () => {
  await desktop.window.emulateMedia({ colorScheme: 'light' });
  const before = await desktop.window.evaluate(() => document.documentElement.dataset['theme']);
  await desktop.app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('toggle-dark-mode')?.click());
  await expect.poll(() => desktop.window.evaluate(() => document.documentElement.dataset['theme'])).not.toBe(before);
  const ids = await desktop.app.evaluate(
    ({ Menu }, commands) => commands.filter((id) => Menu.getApplicationMenu()?.getMenuItemById(id)),
    [...menuCommands],
  );
  expect(ids).toEqual([...menuCommands]);
});

test('invalid IPC arguments are refused with a readable error', async () => {
  const result = await desktop.window.evaluate(() =>
    window.silkLedger!.writeSnapshot({ workbook: new Uint8Array([1]), fileName: '../../escape.xlsx' } as never),
  );
  expect(result.ok).toBe(false);
  expect(!result.ok && result.error.code).toBe('invalid-arguments');
});
