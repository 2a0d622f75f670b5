#!/usr/bin/env node
/* global window -- functions passed to page.evaluate run in the page */
/**
 * npm run bench [-- --rows N --reps R --out FILE --port P --no-build --trace DIR --profile DIR --only STEPS --settle S]
 *
 * Builds the web edition, serves it, and measures in one headless Chromium, in one run: import,
 * export, global search, table filter, startup, scrolling and peak heap at N deals, each app
 * figure beside the bare libraries (SheetJS, Dexie) doing the same work in the same page.
 * docs/performance.md explains the method and the figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import * as app from './app.mjs';
import { exportBaseline, importBaseline, loadBaselineLibraries } from './baselines.mjs';
import { buildDealsWorkbook } from './generateDeals.mjs';
import { startHeapSampler } from './heapSampler.mjs';
import { installBenchProbe } from './inPage.mjs';
import { printTable, resultLines } from './report.mjs';
import { buildWebEdition, serveWebEdition } from './server.mjs';
import { searchQueries, filterQueries } from './queries.mjs';
import { median, percentile, round } from './stats.mjs';

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

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The five slowest queries with their times, which is where a p95 comes from. */
const slowest = (queries, timings) =>
  timings
    .map((ms, index) => [queries[index], ms])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([query, ms]) => `"${query}" ${Math.round(ms)} ms`)
    .join(', ');
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

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

/**
 * Runs `work` while profiling the page: with --trace DIR a Chrome trace (DIR/name.json, for the
 * DevTools Performance panel), with --profile DIR a CPU profile of the page's main thread
 * (DIR/name.cpuprofile; `node bench/topFunctions.mjs FILE` lists where the time went).
 */
async function traced(browser, page, name, work) {
  if (options.trace) {
    mkdirSync(options.trace, { recursive: true });
    await browser.startTracing(page, {
      path: join(options.trace, `${name}.json`),
      screenshots: false,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
    });
  }
  let profiler;
  if (options.profile) {
    mkdirSync(options.profile, { recursive: true });
    profiler = await page.context().newCDPSession(page);
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 1000 });
    await profiler.send('Profiler.start');
  }
  try {
    return await work();
  } finally {
    if (options.trace) await browser.stopTracing();
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(join(options.profile, `${name}.cpuprofile`), JSON.stringify(profile));
      await profiler.detach();
    }
  }
}

async function newBenchContext(browser) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    // Lets the baselines put SheetJS and Dexie into the app's page; the app's own code is unchanged.
    bypassCSP: true,
  });
  await context.addInitScript(installBenchProbe);
  return context;
}

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
    process.once(signal, () => {
      server.stop();
      process.exit(130);
    });
  }
  // About 10 ms a row covers a slow import on a loaded machine; a hung step fails instead of waiting forever.
  app.setStepTimeout(Math.max(60_000, rows * 10));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const loadBefore = loadavg()[0];
    const measured = await measure(browser, server.url, path).catch(async (error) => {
      const pages = browser.contexts().flatMap((context) => context.pages());
      const shot = join(tmpdir(), 'silk-ledger-bench', 'failure.png');
      await pages
        .at(-1)
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
    await browser.close();
    server.stop();
  }
}

async function measure(browser, url, path) {
  // Import: each repetition in a fresh context, so each starts from the default dataset. Without the
  // import step (--only) one import still runs, untimed in the figures, to fill the store.
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
  // same page: the machine's speed drifts by 10–30 % within minutes, and a ratio of figures taken
  // minutes apart measured the drift as much as the app (docs/performance.md, round ten).
  const paired = runs('baselines');

  let context;
  let page;
  for (let rep = 1; rep <= (runs('import') ? reps : 1); rep++) {
    await context?.close();
    context = await newBenchContext(browser);
    page = await context.newPage();
    await app.openApp(page, url);
    if (paired && runs('import')) await importBaselineIn(page, rep);
    const before = await app.dealCount(page);
    await page.evaluate(() => window.__bench.clearLongTasks());
    const sampler = await startHeapSampler(page);
    log(`import ${rep}: importing into a store of ${before} deals`);
    const run = await traced(browser, page, `import-${rep}`, () => app.importThroughApp(page, path));
    // The sidebar catches up with the commit a little after the notice; wait for it, untimed, but
    // count its long tasks and heap: reloading the table is part of what the analyst waits through.
    const added = Number(/(\d+) added/.exec(run.notice)[1]);
    const after = before + added;
    await app.waitForDealCount(page, after);
    const peakHeapMb = await sampler.stop();
    const longTasks = await page.evaluate(() => window.__bench.longTasks.map((task) => task.duration));
    imports.push({
      ...run,
      peakHeapMb,
      longestTaskMs: Math.max(0, ...longTasks),
      tasksOver200: longTasks.filter((d) => d > 200).length,
      dealsBefore: before,
      dealsAfter: after,
    });
    log(
      `import ${rep}: ${Math.round(run.totalMs)} ms (read+plan ${Math.round(run.readAndPlanMs)}, commit ${Math.round(run.commitMs)}), longest task ${Math.round(Math.max(0, ...longTasks))} ms, peak heap ${Math.round(peakHeapMb)} MB; ${run.notice}`,
    );
  }
  const expectedDeals = imports.at(-1).dealsAfter;

  const startups = [];
  for (let rep = 1; runs('startup') && rep <= reps; rep++) {
    // Each start is in a new page once the last has closed, as the app starts in a new process, not
    // beside a renderer tearing down 100,000 records on the same two cores. The first waits longer:
    // Chromium goes on compacting its database files for a while after an import of 100,000 records,
    // and startup is timed as an analyst opening the app later meets it.
    await page.close();
    const pause = rep === 1 ? Number(options.settle) : 3;
    log(`startup ${rep}: waiting ${pause} s for the browser to settle`);
    await new Promise((resolve) => setTimeout(resolve, pause * 1000));
    page = await context.newPage();
    startups.push(await traced(browser, page, `startup-${rep}`, () => app.timeStartup(page, url, expectedDeals)));
    log(`startup ${rep}: ${Math.round(startups.at(-1))} ms`);
  }

  const dashboards = [];
  for (let rep = 1; runs('dashboard') && rep <= reps; rep++) {
    dashboards.push(await traced(browser, page, `dashboard-${rep}`, () => app.timeDashboard(page)));
    log(`dashboard ${rep}: ${Math.round(dashboards.at(-1))} ms`);
  }

  const scrolls = [];
  for (let rep = 1; runs('scroll') && rep <= reps; rep++) {
    scrolls.push(
      await traced(browser, page, `scroll-${rep}`, () => app.scrollDeals(page, Number(options['scroll-seconds']) * 1000)),
    );
    log(`scroll ${rep}: ${scrolls.at(-1).fps.toFixed(1)} fps, longest frame ${Math.round(scrolls.at(-1).longestFrameMs)} ms`);
  }

  let filterTimings = [];
  if (runs('filter')) {
    filterTimings = await traced(browser, page, 'filter', () => app.timeTableFilter(page, filterQueries));
    log(
      `filter: median ${round(median(filterTimings), 1)} ms, p95 ${round(percentile(filterTimings, 95), 1)} ms; slowest ${slowest(filterQueries, filterTimings)}`,
    );
  }
  let search = { openMs: null, timings: [] };
  if (runs('search')) {
    search = await traced(browser, page, 'search', () => app.timeGlobalSearch(page, searchQueries));
    log(
      `search: palette open ${Math.round(search.openMs)} ms, median ${round(median(search.timings), 1)} ms, p95 ${round(percentile(search.timings, 95), 1)} ms; slowest ${slowest(searchQueries, search.timings)}`,
    );
  }

  const exports = [];
  for (let rep = 1; runs('export') && rep <= reps; rep++) {
    if (paired) await exportBaselineIn(page, rep);
    exports.push(await traced(browser, page, `export-${rep}`, () => app.exportThroughApp(page)));
    log(`export ${rep}: ${Math.round(exports.at(-1).ms)} ms (${exports.at(-1).name})`);
  }

  // Baselines asked for without their app step (--only) run here.
  for (let rep = importBaselines.length + 1; paired && rep <= reps; rep++) await importBaselineIn(page, rep);
  for (let rep = exportBaselines.length + 1; paired && rep <= reps; rep++) await exportBaselineIn(page, rep);
  await context.close();

  const medianOf = (list, pick) => median(list.map(pick));
  // The one import that only filled the store (--only without import) is not a figure.
  const timedImports = runs('import') ? imports : [];
  return {
    rows,
    import_ms: round(medianOf(timedImports, (run) => run.totalMs)),
    import_baseline_ms: round(medianOf(importBaselines, (run) => run.ms)),
    export_ms: round(medianOf(exports, (run) => run.ms)),
    export_baseline_ms: round(medianOf(exportBaselines, (run) => run.ms)),
    search_p95_ms: round(percentile(search.timings, 95), 1),
    filter_p95_ms: round(percentile(filterTimings, 95), 1),
    startup_ms: round(median(startups)),
    dashboard_ms: round(median(dashboards)),
    scroll_fps: round(
      medianOf(scrolls, (run) => run.fps),
      1,
    ),
    peak_heap_mb: round(Math.max(...timedImports.map((run) => run.peakHeapMb))),
    repetitions: reps,
    import_read_and_plan_ms: round(medianOf(timedImports, (run) => run.readAndPlanMs)),
    import_commit_ms: round(medianOf(timedImports, (run) => run.commitMs)),
    import_longest_task_ms: round(Math.max(...timedImports.map((run) => run.longestTaskMs))),
    import_tasks_over_200ms: Math.max(...timedImports.map((run) => run.tasksOver200)),
    import_baseline_parse_ms: round(medianOf(importBaselines, (run) => run.parseMs)),
    import_baseline_bulk_add_ms: round(medianOf(importBaselines, (run) => run.bulkAddMs)),
    search_median_ms: round(median(search.timings), 1),
    search_open_ms: round(search.openMs),
    filter_median_ms: round(median(filterTimings), 1),
    scroll_longest_frame_ms: round(Math.max(...scrolls.map((run) => run.longestFrameMs))),
    deals_in_store: expectedDeals,
    all: {
      imports: timedImports,
      importBaselines,
      exports: exports.map(({ ms }) => ms),
      exportBaselines,
      startups,
      dashboards,
      scrolls,
      search,
      filterTimings,
    },
  };
}

await main();
