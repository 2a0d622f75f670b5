import { expect, test } from '@playwright/test';
import { AppPage } from './support/appPage';
import { collectConsoleErrors } from './support/consoleErrors';
import { storedSetting, storeSettingUnchecked } from './support/storeSettings';

test('the web edition opens with a strict CSP and no console errors', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const app = new AppPage(page);
  await app.open();

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:/);
  await expect(app.statusBar).toContainText('Web edition');

  await page.screenshot({ path: 'test-results/screens/shell.png' });
  expect(errors).toEqual([]);
});

test('an inline script injected into the page is blocked by the CSP', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const executed = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(executed).toBe(false);
});

test('the dark-mode shortcut switches the theme and it is remembered', async ({ page }) => {
  const app = new AppPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open();
  expect(await app.theme()).toBe('light');
  await page.keyboard.press('Control+Shift+D');
  expect(await app.theme()).toBe('dark');
  await page.reload();
  await expect(app.sidebar).toBeVisible();
  expect(await app.theme()).toBe('dark');
  await page.screenshot({ path: 'test-results/screens/shell-dark.png' });
});

test('the window reopens on the screen the analyst left, and on the Dashboard the first time', async ({ page }) => {
  const app = new AppPage(page);
  await page.goto('/');
  await expect(app.main.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await app.section('Organizations').click();
  await expect(app.main.getByRole('heading', { name: 'Organizations' })).toBeVisible();
  // Remembered in the store's settings, beside the data.
  await expect.poll(() => storedSetting(page, 'last-screen')).toBe('organizations');
  await page.reload();
  await expect(app.main.getByRole('heading', { name: 'Organizations' })).toBeVisible();
  await expect(app.main.getByRole('grid', { name: 'Organizations table' })).toBeVisible();

  // A screen this version does not know (a newer release's), or a value that is no screen at all, opens the Dashboard.
  for (const remembered of ['no-such-screen', { screen: 'organizations' }]) {
    await storeSettingUnchecked(page, 'last-screen', remembered);
    await page.reload();
    await expect(app.main.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  }
});

test('a store written by a newer release is refused with a message, and left as it was', async ({ page }) => {
  // A page of the app's origin where the app does not run, so nothing opens the store before the test writes it.
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie writes schema version 99 as IndexedDB version 990.
        const request = indexedDB.open('silk-ledger', 990);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('meta', { keyPath: 'key' });
          request.result.createObjectStore('future', { keyPath: 'id' }).add({ id: 'kept' });
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('This store was written by a newer version of Silk Ledger');
  await page.screenshot({ path: 'test-results/screens/newer-store.png' });

  const store = await page.evaluate(
    () =>
      new Promise<{ version: number; tables: string[]; kept: unknown[] }>((resolve, reject) => {
        const request = indexedDB.open('silk-ledger');
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('future').objectStore('future').getAll();
          read.onsuccess = () => {
            resolve({ version: db.version, tables: [...db.objectStoreNames], kept: read.result });
            db.close();
          };
          read.onerror = () => reject(read.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(store).toEqual({ version: 990, tables: ['future', 'meta'], kept: [{ id: 'kept' }] });
});
