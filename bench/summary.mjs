import { median, percentile, round } from './stats.mjs';

const medianOf = (list, pick) => median(list.map(pick));

/**
 * The figures the bench writes as JSON: the medians of the repetitions (search and filter: median
 * and 95th percentile of the queries) and, under `all`, every repetition as measured.
 */
export function summarize({
  rows,
  reps,
  imports,
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
}) {
  return {
    rows,
    // Every store figure is of a store on disk, in a persistent browser profile (diskProfile.mjs).
    indexeddb: 'disk',
    import_ms: round(medianOf(imports, (run) => run.totalMs)),
    import_baseline_ms: round(medianOf(importBaselines, (run) => run.ms)),
    import_preview_ms: round(medianOf(imports, (run) => run.firstPreviewMs)),
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
    peak_heap_mb: round(Math.max(...imports.map((run) => run.peakHeapMb))),
    repetitions: reps,
    import_read_and_plan_ms: round(medianOf(imports, (run) => run.readAndPlanMs)),
    import_commit_ms: round(medianOf(imports, (run) => run.commitMs)),
    import_longest_task_ms: round(Math.max(...imports.map((run) => run.longestTaskMs))),
    import_tasks_over_200ms: Math.max(...imports.map((run) => run.tasksOver200)),
    import_baseline_parse_ms: round(medianOf(importBaselines, (run) => run.parseMs)),
    import_baseline_bulk_add_ms: round(medianOf(importBaselines, (run) => run.bulkAddMs)),
    import_disk_growth_bytes: round(
      medianOf(imports, (run) => run.indexedDbBytes.afterImport - run.indexedDbBytes.beforeBaseline),
    ),
    search_median_ms: round(median(search.timings), 1),
    search_open_ms: round(search.openMs),
    filter_median_ms: round(median(filterTimings), 1),
    scroll_longest_frame_ms: round(Math.max(...scrolls.map((run) => run.longestFrameMs))),
    deals_in_store: expectedDeals,
    store_bytes_on_disk: storeOnDisk.indexedDb,
    store_bytes_reported: storeOnDisk.reported,
    profile_bytes_on_disk: storeOnDisk.profile,
    all: {
      imports,
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
