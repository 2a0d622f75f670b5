/* global window, XLSX, Dexie -- functions passed to page.evaluate run in the page, beside the injected libraries */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The packages' export maps do not list their browser builds, so they are read from node_modules.
const modules = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
const xlsxBrowserBuild = join(modules, 'xlsx', 'dist', 'xlsx.full.min.js');
const dexieBrowserBuild = join(modules, 'dexie', 'dist', 'dexie.min.js');

/** The workbook's bytes are fetched from this address, which the bench answers itself. */
const inputAddress = '/__bench/input.xlsx';

/**
 * Puts the bare libraries the app is built on into the app's page: the same SheetJS and Dexie
 * versions, from their browser builds in node_modules (the context bypasses the app's CSP for
 * these scripts), and serves the benchmark workbook to the page.
 */
export async function loadBaselineLibraries(page, workbookBytes) {
  await page.route(`**${inputAddress}`, (route) =>
    route.fulfill({ body: workbookBytes, contentType: 'application/octet-stream' }),
  );
  await page.addScriptTag({ path: xlsxBrowserBuild });
  await page.addScriptTag({ path: dexieBrowserBuild });
}

/**
 * The import baseline: SheetJS `read` + `sheet_to_json` of the same bytes, then Dexie `bulkAdd`
 * of the rows into an empty table of a database of its own. SheetJS gets the speed-relevant
 * options the app reads with (dense sheets, dates as dates), so the baseline is no slower than
 * it needs to be.
 */
export async function importBaseline(page, repetition) {
  return page.evaluate(
    async ({ address, name }) => {
      const bytes = new Uint8Array(await (await fetch(address)).arrayBuffer());
      await window.__bench.nextFrame();
      const start = performance.now();
      const workbook = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true });
      const rows = XLSX.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]]);
      const parsed = performance.now();
      const db = new Dexie(name);
      db.version(1).stores({ rows: '++id' });
      await db.rows.bulkAdd(rows);
      const stored = performance.now();
      const count = await db.rows.count();
      db.close();
      await Dexie.delete(name);
      return { ms: stored - start, parseMs: parsed - start, bulkAddMs: stored - parsed, rows: count };
    },
    { address: inputAddress, name: `silk-ledger-bench-baseline-${repetition}` },
  );
}

/**
 * The export baseline: `json_to_sheet` + `write` (xlsx) of the same rows, i.e. the benchmark
 * workbook's rows as `sheet_to_json` gives them (read outside the timing).
 */
export async function exportBaseline(page) {
  return page.evaluate(async (address) => {
    const bytes = new Uint8Array(await (await fetch(address)).arrayBuffer());
    const source = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true });
    const rows = XLSX.utils.sheet_to_json(source.Sheets[source.SheetNames[0]]);
    await window.__bench.nextFrame();
    const start = performance.now();
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.json_to_sheet(rows), 'Deals');
    const written = XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true });
    return { ms: performance.now() - start, bytes: written.byteLength };
  }, inputAddress);
}
