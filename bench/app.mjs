/* global window, document, requestAnimationFrame -- functions passed to page.evaluate and addInitScript run in the page */
import { performance } from 'node:perf_hooks';

/**
 * Drives the web edition the way an analyst does, through roles and labels as the e2e page
 * models in e2e/support do. Long operations get generous timeouts: at 100,000 rows on a busy
 * two-core machine an import takes minutes, and the bench should measure it, not give up.
 */
let long = { timeout: 15 * 60_000 };

/** Sets how long one step may take before the bench gives up: scaled to the row count by run.mjs. */
export function setStepTimeout(ms) {
  long = { timeout: ms };
}

export const sidebar = (page) => page.getByRole('navigation', { name: 'Record kinds' });
export const dealsGrid = (page) => page.getByRole('main').getByRole('grid', { name: 'Deals table' });
const dealsButton = (page) => sidebar(page).getByRole('button', { name: /^Deals/ });

/**
 * Shows the deals table. The app opens on the Dashboard, so once the shell is up the sidebar's
 * Deals button is clicked at once (a wait for the grid first would add its timeout to startup).
 */
export async function showDeals(page) {
  await sidebar(page).waitFor(long);
  if (!(await dealsGrid(page).isVisible())) await dealsButton(page).click();
  await dealsGrid(page).waitFor(long);
}

export async function openApp(page, url) {
  await page.goto(url);
  await showDeals(page);
}

/** The number the sidebar shows beside Deals. */
export async function dealCount(page) {
  const text = await dealsButton(page).locator('.count').textContent();
  return Number(text.replace(/[^\d]/g, ''));
}

/**
 * Waits in the page with plain CSS selectors: Playwright's role locators, polled while a large
 * table is on screen, cost the page's main thread hundreds of milliseconds a poll, which the
 * long-task figure would then blame on the app.
 */
function waitInPage(page, test, arg) {
  return page.waitForFunction(test, arg, { polling: 250, ...long });
}

export async function waitForDealCount(page, count) {
  await waitInPage(
    page,
    (text) => {
      const buttons = [...document.querySelectorAll('nav[aria-label="Record kinds"] button')];
      const deals = buttons.find((button) => button.firstElementChild?.textContent === 'Deals');
      return deals?.querySelector('.count')?.textContent === text;
    },
    count.toLocaleString('en-US'),
  );
}

/**
 * Stamps, in the page, the first frame in which the import dialog shows preview rows and the
 * mapping's field choices, as wall-clock time (comparable with the bench's own clock). Polling from
 * here would be answered late while the page is busy, and every 250 ms at best.
 */
function stampFirstPreview() {
  window.__firstPreviewAt = null;
  const stamp = () => {
    const dialog = document.querySelector('dialog.import-dialog');
    if (dialog?.querySelector('.import-preview-table tbody tr') && dialog.querySelector('.import-mapping-step select')) {
      window.__firstPreviewAt = performance.timeOrigin + performance.now();
    } else requestAnimationFrame(stamp);
  };
  requestAnimationFrame(stamp);
}

/**
 * Imports `path` through the toolbar's Import… button: file chooser, sheet and mapping as
 * proposed, preview, Import N records, until the "Imported …" notice. Times are from the
 * moment the file is chosen; the first preview (a large file's first rows) is timed apart.
 */
export async function importThroughApp(page, path) {
  const dialog = page.getByRole('dialog', { name: /^Import / });
  // CSS, not a role: resolving a role over the preview's hundred rows is a long task in the page.
  const importButton = page.locator('dialog.import-dialog .dialog-actions button.primary', { hasText: /^Import \d+ records?$/ });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Main actions' }).getByRole('button', { name: 'Import…' }).click();
  const fileChooser = await chooser;
  await page.evaluate(stampFirstPreview);
  const chosenAt = performance.now();
  await fileChooser.setFiles(path);
  // Either the preview is ready to import, or the dialog says why not (an alert), which ends the run.
  await waitInPage(page, () => {
    const open = document.querySelector('dialog.import-dialog');
    return open?.querySelector('[role="alert"]') || open?.querySelector('.dialog-actions button.primary:enabled');
  })
    .then(async () => {
      const alert = await page.evaluate(() => document.querySelector('dialog.import-dialog [role="alert"]')?.textContent);
      if (alert) throw new Error(`The import stopped: ${alert}`);
    })
    .catch(async (error) => {
      const status = await dialog.getByRole('status').allTextContents();
      const problems = await dialog.getByText(/^Row \d+, column /).allTextContents();
      throw new Error(`The import could not be started (${status.join('; ')}): ${problems.slice(0, 5).join(' | ')}`, {
        cause: error,
      });
    });
  const previewAt = performance.now();
  const firstPreviewAt = await page.evaluate(() => window.__firstPreviewAt);
  if (!firstPreviewAt) throw new Error('The import dialog never showed preview rows and the mapping before it could import.');
  const counts = await page.evaluate(() => document.querySelector('dialog.import-dialog .import-counts').textContent);
  await importButton.click();
  const notice = await waitInPage(page, () =>
    [...document.querySelectorAll('.notice')]
      .map((element) => element.textContent)
      .find((text) => /^Imported .*: \d+ added/.test(text)),
  );
  const doneAt = performance.now();
  return {
    totalMs: doneAt - chosenAt,
    readAndPlanMs: previewAt - chosenAt,
    firstPreviewMs: firstPreviewAt - (performance.timeOrigin + chosenAt),
    commitMs: doneAt - previewAt,
    counts,
    notice: (await notice.jsonValue()).replace(/Undo import.*$/, ''),
  };
}

/** Export report… (Ctrl+E) of every record, from the dialog's Export button until the download is on disk. */
export async function exportThroughApp(page) {
  const download = page.waitForEvent('download', long);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.getByRole('radio', { name: 'Everything in the store' }).check();
  // The clock starts at the Export button, as the analyst's wait does: the dialog is not the pipeline.
  const start = performance.now();
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  const path = await file.path();
  return { ms: performance.now() - start, path, name: file.suggestedFilename() };
}

/**
 * Times the global search (Ctrl+K palette): the first opening, until the palette can answer (the
 * index is built in the background; if it is not ready, the palette says it is preparing), and
 * then each query from typing it to its results painted.
 */
export async function timeGlobalSearch(page, queries) {
  const opened = performance.now();
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search all records' });
  await input.waitFor(long);
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Search all records', null, long);
  await page.waitForFunction(
    () => !document.querySelector('.global-search-panel [role="status"]')?.textContent.startsWith('Preparing'),
    null,
    long,
  );
  await page.evaluate(() => window.__bench.nextFrame());
  const openMs = performance.now() - opened;
  const timings = await input.evaluate((element, list) => {
    const panel = element.closest('.global-search-panel');
    const status = panel.querySelector('[role="status"]');
    const idle = status.textContent;
    return window.__bench.timeQueries(element, panel, () => status.textContent === idle, list);
  }, queries);
  await page.keyboard.press('Escape');
  await input.waitFor({ state: 'hidden' });
  return { openMs, timings };
}

/** Times the deals table's quick filter: typing a query until the filtered table is painted. */
export async function timeTableFilter(page, queries) {
  const input = page.getByRole('search', { name: 'Filter deals' }).getByRole('searchbox');
  return input.evaluate((element, list) => {
    const view = element.closest('.records-view');
    const count = view.querySelector('.record-count');
    // "100,011 records" unfiltered, "12 of 100,011 records" filtered.
    return window.__bench.timeQueries(element, view, () => !count.textContent.includes(' of '), list);
  }, queries);
}

/** Scrolls the deals grid from top to bottom and reports the frames per second. */
export async function scrollDeals(page, durationMs) {
  return dealsGrid(page).evaluate((grid, duration) => {
    let scroller = grid.parentElement;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    return window.__bench.scrollThrough(scroller, duration);
  }, durationMs);
}

/**
 * From navigation to the deals grid showing `expected` records, in the page's own clock. The page
 * stamps the first frame in which the grid and its count are there, from a script added before
 * navigation: a poll from Playwright is answered only when the page's main thread is free, and
 * while the window builds its search index in idle turns that came up to 0.6 s late.
 */
export async function timeStartup(page, url, expected) {
  await page.addInitScript(
    (text) => {
      const stamp = () => {
        const count = document.querySelector('.records-view .record-count');
        const row = document.querySelector('[role="grid"] tbody tr[id^="row-"]');
        if (count?.textContent === text && row) window.__dealsShownAt = performance.now();
        else requestAnimationFrame(stamp);
      };
      requestAnimationFrame(stamp);
    },
    `${expected.toLocaleString('en-US')} records`,
  );
  await page.goto(url);
  await showDeals(page);
  const handle = await page.waitForFunction(() => window.__dealsShownAt, null, { polling: 250, ...long });
  return handle.jsonValue();
}

/** From the Dashboard button's click to its headline figures and first chart on screen, in the page's clock. */
export async function timeDashboard(page) {
  await showDeals(page);
  const start = await page.evaluate(() => performance.now());
  await page.getByRole('navigation', { name: 'Insight' }).getByRole('button', { name: 'Dashboard' }).click();
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('.headline-figures') && document.querySelector('main canvas, main svg') ? performance.now() : false,
    null,
    { polling: 'raf', ...long },
  );
  const ms = (await handle.jsonValue()) - start;
  await showDeals(page);
  return ms;
}
