#!/usr/bin/env node
/* global window -- functions passed to page.evaluate run in the page */
/**
 * npm run bench [-- --rows N --reps R --out FILE --port P --no-build --trace DIR --profile DIR --only STEPS --settle S]
 *
 * Builds the web edition, serves it, and measures in headless Chromium, in one run: import,
 * export, global search, table filter, startup, scrolling and peak heap at N deals, each app
 * figure beside the bare libraries (SheetJS, Dexie) doing the same work in the same page. The
 * store is on disk, in a temporary browser profile per import repetition (diskProfile.mjs), and
 * startup is a cold start of the browser on that profile. docs/performance.md explains the method
 * and the figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as app from './app.mjs';
import { exportBaseline, importBaseline, loadBaselineLibraries } from './baselines.mjs';
import {
  bytesOnDisk,
  indexedDbBytesOnDisk,
  lastOpenPage,
  launchOnProfile,
  newProfileFolder,
  removeProfile,
  removeProfiles,
  reportedIndexedDbBytes,
} from './diskProfile.mjs';
import { buildDealsWorkbook } from './generateDeals.mjs';
import { startHeapSampler } from './heapSampler.mjs';
import { traced as tracedWith } from './profiling.mjs';
import { printTable, resultLines } from './report.mjs';
import { buildWebEdition, serveWebEdition } from './server.mjs';
import { searchQueries, filterQueries } from './queries.mjs';
import { median, percentile, round } from './stats.mjs';
import { summarize } from './summary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    reps: { type: 'string', default: '3' },
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
    port: { type: 'string', default: '4180' },
    'no-build': { type: 'boolean', default: false },
    trace: { type: 'string' },
    profile: { type: 'string' },
    'scroll-seconds': { type: 'string', default: '5' },
    only: { type: 'string' },
    settle: { type: 'string', default: '30' },
  },
});
const rows = Number(options.rows);
const reps = Math.max(3, Number(options.reps));
if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive whole number, not ${options.rows}`);
const steps = ['import', 'startup', 'dashboard', 'scroll', 'filter', 'search', 'export', 'baselines'];
const only = options.only ? new Set(options.only.split(',').map((step) => step.trim())) : null;
const unknownSteps = [...(only ?? [])].filter((step) => !steps.includes(step));
if (unknownSteps.length) throw new Error(`--only knows the steps ${steps.join(', ')}, not ${unknownSteps.join(', ')}`);
/** Whether a step is measured: all are, unless --only names some. */
const runs = (step) => !only || only.has(step);

/** The five slowest queries with their times, which is where a p95 comes from. */
const slowest = (queries, timings) =>
  timings
    .map((ms, index) => [queries[index], ms])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([query, ms]) => `"${query}" ${Math.round(ms)} ms`)
    .join(', ');
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The generated workbook, kept in the temp folder per row count and generator version. */
function workbookFile() {
  const generator = createHash('sha256')
    .update(readFileSync(join(root, 'bench', 'generateDeals.mjs')))
    .digest('hex');
  const folder = join(tmpdir(), 'silk-ledger-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `deals-${rows}-${generator.slice(0, 12)}.xlsx`);
  if (!existsSync(path)) {
    log(`generating ${rows.toLocaleString('en-US')}-row deals workbook`);
    writeFileSync(path, buildDealsWorkbook(rows));
  }
  return path;
}

/** Runs `work` while profiling the page, as --trace and --profile ask (profiling.mjs). */
const traced = (page, name, work) => tracedWith(page, name, { trace: options.trace, profile: options.profile }, work);

async function main() {
  const path = workbookFile();
  // A profiling build is unminified and kept apart, so it never stands in for the real one.
  const outDir = options.profile ? 'out/web-profile' : 'out/web';
  if (!options['no-build']) {
    log(`building the web edition into ${outDir}`);
    buildWebEdition(root, { minify: !options.profile, outDir });
  }
  const server = await serveWebEdition(root, Number(options.port), outDir);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      server.stop();
      await removeProfiles();
      process.exit(130);
    });
  }
  // About 10 ms a row covers a slow import on a loaded machine; a hung step fails instead of waiting forever.
  app.setStepTimeout(Math.max(60_000, rows * 10));
  try {
    const loadBefore = loadavg()[0];
    const measured = await measure(server.url, path).catch(async (error) => {
      const shot = join(tmpdir(), 'silk-ledger-bench', 'failure.png');
      await lastOpenPage()
        ?.screenshot({ path: shot })
        .catch(() => {});
      log(`failed; the last page is in ${shot}`);
      throw error;
    });
    // Other work on the machine slows every figure; the load says how much there was.
    const results = { ...measured, cpus: cpus().length, load_average_1min: [round(loadBefore, 1), round(loadavg()[0], 1)] };
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    printTable(rows, resultLines(results));
    log(`figures written to ${options.out}`);
  } finally {
    await removeProfiles();
    server.stop();
  }
}

async function measure(url, path) {
  const imports = [];
  const importBaselines = [];
  const exportBaselines = [];
  const workbookBytes = readFileSync(path);
  const pagesWithBaselines = new WeakSet();
  /** Puts SheetJS and Dexie into `page` once, then runs one repetition of a baseline there. */
  const baselineIn = async (page, run) => {
    if (!pagesWithBaselines.has(page)) await loadBaselineLibraries(page, workbookBytes);
    pagesWithBaselines.add(page);
    return run();
  };
  const importBaselineIn = async (page, rep) => {
    importBaselines.push(await baselineIn(page, () => importBaseline(page, rep)));
    const last = importBaselines.at(-1);
    log(
      `import baseline ${rep}: ${Math.round(last.ms)} ms (read+sheet_to_json ${Math.round(last.parseMs)}, bulkAdd ${Math.round(last.bulkAddMs)}) for ${last.rows} rows`,
    );
  };
  const exportBaselineIn = async (page, rep) => {
    exportBaselines.push(await baselineIn(page, () => exportBaseline(page)));
    log(`export baseline ${rep}: ${Math.round(exportBaselines.at(-1).ms)} ms`);
  };
  // Each repetition of the import and of the export runs straight after one of its baseline, in the
  // same page: a shared machine's speed drifts within minutes, and a ratio of figures taken minutes
  // apart measures the drift as much as the app. The baseline's database is in the same profile on
  // disk as the app's store, so both pay for the disk alike.
  const paired = runs('baselines');

  // Import: each repetition in a browser on a fresh profile, so each starts from the default
  // dataset. Without the import step (--only) one import still runs, untimed in the figures, to
  // fill the store.
  let profile;
  let context;
  let page;
  for (let rep = 1; rep <= (runs('import') ? reps : 1); rep++) {
    if (context) {
      await context.close();
      removeProfile(profile);
    }
    profile = newProfileFolder();
    ({ context, page } = await launchOnProfile(profile));
    await app.openApp(page, url);
    const indexedDbBytes = { beforeBaseline: indexedDbBytesOnDisk(profile) };
    if (paired && runs('import')) await importBaselineIn(page, rep);
    indexedDbBytes.beforeImport = indexedDbBytesOnDisk(profile);
    const before = await app.dealCount(page);
    await page.evaluate(() => window.__bench.clearLongTasks());
    const sampler = await startHeapSampler(page);
    log(`import ${rep}: importing into a store of ${before} deals`);
    const run = await traced(page, `import-${rep}`, () => app.importThroughApp(page, path));
    // The sidebar catches up with the commit a little after the notice; wait for it, untimed, but
    // count its long tasks and heap: reloading the table is part of what the analyst waits through.
    const added = Number(/(\d+) added/.exec(run.notice)[1]);
    const after = before + added;
    await app.waitForDealCount(page, after);
    const peakHeapMb = await sampler.stop();
    const longTasks = await page.evaluate(() => window.__bench.longTasks.map((task) => task.duration));
    indexedDbBytes.afterImport = indexedDbBytesOnDisk(profile);
    imports.push({
      ...run,
      peakHeapMb,
      longestTaskMs: Math.max(0, ...longTasks),
      tasksOver200: longTasks.filter((d) => d > 200).length,
      dealsBefore: before,
      dealsAfter: after,
      indexedDbBytes,
    });
    log(
      `import ${rep}: ${Math.round(run.totalMs)} ms (first preview ${Math.round(run.firstPreviewMs)}, read+plan ${Math.round(run.readAndPlanMs)}, commit ${Math.round(run.commitMs)}), longest task ${Math.round(Math.max(0, ...longTasks))} ms, peak heap ${Math.round(peakHeapMb)} MB; IndexedDB on disk ${megabytes(indexedDbBytes.beforeBaseline)} before the baseline, ${megabytes(indexedDbBytes.beforeImport)} before the import, ${megabytes(indexedDbBytes.afterImport)} after; ${run.notice}`,
    );
  }
  const expectedDeals = imports.at(-1).dealsAfter;

  // Startup is a cold start: the browser closed and launched again on the profile holding the
  // store, the app then opened in its first page. What is cold is the browser, its processes and
  // the database it opens; the profile's files may still be in the operating system's cache. Before
  // the first, the browser stays open a while (--settle): Chromium goes on compacting its database
  // files after a large import, and startup is timed as an analyst who closes the app some time
  // after an import meets it.
  if (runs('startup')) {
    log(`startup: waiting ${options.settle} s for the browser to settle before closing it`);
    await new Promise((resolve) => setTimeout(resolve, Number(options.settle) * 1000));
  }
  const reported = await reportedIndexedDbBytes(page);
  await context.close();
  // Measured with the browser closed, so no file is half-written.
  const storeOnDisk = { indexedDb: indexedDbBytesOnDisk(profile), profile: bytesOnDisk(profile), reported };
  log(
    `store on disk: IndexedDB ${megabytes(storeOnDisk.indexedDb)} (the browser reports ${megabytes(reported)}), profile ${megabytes(storeOnDisk.profile)}`,
  );
  const startups = [];
  for (let rep = 1; runs('startup') && rep <= reps; rep++) {
    if (rep > 1) await context.close();
    ({ context, page } = await launchOnProfile(profile));
    startups.push(await traced(page, `startup-${rep}`, () => app.timeStartup(page, url, expectedDeals)));
    log(`startup ${rep}: ${Math.round(startups.at(-1))} ms`);
  }
  if (!runs('startup')) {
    ({ context, page } = await launchOnProfile(profile));
    await app.openApp(page, url);
  }

  const dashboards = [];
  for (let rep = 1; runs('dashboard') && rep <= reps; rep++) {
    dashboards.push(await traced(page, `dashboard-${rep}`, () => app.timeDashboard(page)));
    log(`dashboard ${rep}: ${Math.round(dashboards.at(-1))} ms`);
  }

  const scrolls = [];
  for (let rep = 1; runs('scroll') && rep <= reps; rep++) {
    scrolls.push(await traced(page, `scroll-${rep}`, () => app.scrollDeals(page, Number(options['scroll-seconds']) * 1000)));
    log(`scroll ${rep}: ${scrolls.at(-1).fps.toFixed(1)} fps, longest frame ${Math.round(scrolls.at(-1).longestFrameMs)} ms`);
  }

  let filterTimings = [];
  if (runs('filter')) {
    filterTimings = await traced(page, 'filter', () => app.timeTableFilter(page, filterQueries));
    log(
      `filter: median ${round(median(filterTimings), 1)} ms, p95 ${round(percentile(filterTimings, 95), 1)} ms; slowest ${slowest(filterQueries, filterTimings)}`,
    );
  }
  let search = { openMs: null, timings: [] };
  if (runs('search')) {
    search = await traced(page, 'search', () => app.timeGlobalSearch(page, searchQueries));
    log(
      `search: palette open ${Math.round(search.openMs)} ms, median ${round(median(search.timings), 1)} ms, p95 ${round(percentile(search.timings, 95), 1)} ms; slowest ${slowest(searchQueries, search.timings)}`,
    );
  }

  const exports = [];
  for (let rep = 1; runs('export') && rep <= reps; rep++) {
    if (paired) await exportBaselineIn(page, rep);
    exports.push(await traced(page, `export-${rep}`, () => app.exportThroughApp(page)));
    log(`export ${rep}: ${Math.round(exports.at(-1).ms)} ms (${exports.at(-1).name})`);
  }

  // Baselines asked for without their app step (--only) run here.
  for (let rep = importBaselines.length + 1; paired && rep <= reps; rep++) await importBaselineIn(page, rep);
  for (let rep = exportBaselines.length + 1; paired && rep <= reps; rep++) await exportBaselineIn(page, rep);
  await context.close();

  return summarize({
    rows,
    reps,
    // The one import that only filled the store (--only without import) is not a figure.
    imports: runs('import') ? imports : [],
    importBaselines,
    exports,
    exportBaselines,
    startups,
    dashboards,
    scrolls,
    search,
    filterTimings,
    expectedDeals,
    storeOnDisk,
  });
}

await main();
