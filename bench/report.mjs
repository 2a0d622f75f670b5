import { round } from './stats.mjs';

const ratio = (app, baseline) => (app && baseline ? app / baseline : null);

/** The figures as the table the bench prints: one line per target. */
export function resultLines(results) {
  const lines = [
    [
      'import',
      `≤ 1.2 × baseline`,
      results.import_ms,
      results.import_baseline_ms,
      ratio(results.import_ms, results.import_baseline_ms),
      (r) => r <= 1.2,
      'ms',
    ],
    ['first preview (import)', '≤ 1000 ms', results.import_preview_ms, null, null, null, 'ms'],
    [
      'first preview / import',
      '≤ 0.1 × import',
      results.import_preview_ms,
      results.import_ms,
      ratio(results.import_preview_ms, results.import_ms),
      (r) => r <= 0.1,
      'ms',
    ],
    ['longest main-thread task (import)', '≤ 200 ms', results.import_longest_task_ms, null, null, null, 'ms'],
    [
      'export',
      '≤ 1.2 × baseline',
      results.export_ms,
      results.export_baseline_ms,
      ratio(results.export_ms, results.export_baseline_ms),
      (r) => r <= 1.2,
      'ms',
    ],
    ['search p95', '≤ 50 ms', results.search_p95_ms, null, null, null, 'ms'],
    ['filter p95', '≤ 50 ms', results.filter_p95_ms, null, null, null, 'ms'],
    ['startup', '≤ 1500 ms', results.startup_ms, null, null, null, 'ms'],
    ['dashboard', '≤ 1000 ms', results.dashboard_ms, null, null, null, 'ms'],
    ['scroll', '≥ 50 fps', results.scroll_fps, null, null, null, 'fps'],
    ['peak JS heap (import)', '≤ 600 MB', results.peak_heap_mb, null, null, null, 'MB'],
  ];
  const limits = {
    'first preview (import)': (v) => v <= 1000,
    'longest main-thread task (import)': (v) => v <= 200,
    'search p95': (v) => v <= 50,
    'filter p95': (v) => v <= 50,
    startup: (v) => v <= 1500,
    dashboard: (v) => v <= 1000,
    scroll: (v) => v >= 50,
    'peak JS heap (import)': (v) => v <= 600,
  };
  // A step left out with --only has no figure and no line.
  return lines
    .filter(([, , app]) => app !== null && app !== undefined)
    .map(([name, target, app, baseline, r, ratioOk]) => {
      const met = ratioOk ? ratioOk(r) : limits[name](app);
      return { name, target, app: round(app, 1), baseline: round(baseline, 1), ratio: round(r, 2), met };
    });
}

export function printTable(rows, lines) {
  const header = ['measure', 'target', 'app', 'baseline', 'ratio', 'met'];
  const cells = lines.map((line) => [
    line.name,
    line.target,
    line.app,
    line.baseline ?? '',
    line.ratio ?? '',
    line.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => String(row[column]).length)));
  const format = (row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
  console.log(`\nSilk Ledger bench, ${rows.toLocaleString('en-US')} rows`);
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells) console.log(format(row));
}
