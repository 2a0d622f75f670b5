/**
 * Collects the page's garbage, then samples its JS heap through the DevTools protocol
 * (Performance.getMetrics) every `intervalMs` and keeps the largest value. This is the renderer's
 * main heap; the import worker has a heap of its own, which the protocol session of the page does
 * not report.
 */
export async function startHeapSampler(page, intervalMs = 100) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  // From a collected heap: the garbage of what ran before in the page (the import's baseline) is not the import's.
  await session.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let running = true;
  const sample = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    peak = Math.max(peak, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  const loop = (async () => {
    while (running) {
      // A sample can wait behind a long task; that is when the heap is largest, so it is kept.
      await sample().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sample().catch(() => {});
      await session.detach().catch(() => {});
      return peak / 1024 / 1024;
    },
  };
}
