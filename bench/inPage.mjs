/* global window, requestAnimationFrame, MutationObserver, HTMLInputElement -- runs in the page */
/**
 * Installed into every page before the app's own scripts (context.addInitScript), so the
 * long-task observer sees the whole session. Self-contained: Playwright serialises it.
 */
export function installBenchProbe() {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /** Resolves when `test()` holds, checked after every DOM change under `root`. */
  function until(root, test, timeoutMs) {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }

  /** Sets an input's value the way typing does, so React's onChange sees it. */
  function typeInto(input, text) {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /**
   * For each query: clear the field and wait until `isIdle()`, then type the query and time until
   * `isIdle()` is false again and the next frame has been painted.
   */
  async function timeQueries(input, root, isIdle, queries) {
    const timings = [];
    for (const query of queries) {
      typeInto(input, '');
      await until(root, isIdle, 60_000);
      await nextFrame();
      const start = performance.now();
      typeInto(input, query);
      await until(root, () => !isIdle(), 60_000);
      await nextFrame();
      timings.push(performance.now() - start);
    }
    typeInto(input, '');
    await until(root, isIdle, 60_000);
    return timings;
  }

  /** Scrolls `element` from top to bottom at constant speed over `durationMs`, counting frames. */
  async function scrollThrough(element, durationMs) {
    element.scrollTop = 0;
    await nextFrame();
    const distance = element.scrollHeight - element.clientHeight;
    const start = performance.now();
    let frames = 0;
    let longestFrame = 0;
    let previous = start;
    for (;;) {
      const now = await new Promise((resolve) => requestAnimationFrame(resolve));
      frames += 1;
      longestFrame = Math.max(longestFrame, now - previous);
      previous = now;
      const progress = Math.min(1, (now - start) / durationMs);
      element.scrollTop = progress * distance;
      if (progress === 1) break;
    }
    const seconds = (performance.now() - start) / 1000;
    return { fps: frames / seconds, frames, seconds, longestFrameMs: longestFrame, distance };
  }

  window.__bench = {
    longTasks,
    clearLongTasks: () => longTasks.splice(0),
    nextFrame,
    until,
    typeInto,
    timeQueries,
    scrollThrough,
  };
}
