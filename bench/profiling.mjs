import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

/**
 * Runs `work` while profiling `page`: with `trace` (a folder) a Chrome trace (trace/name.json, for
 * the DevTools Performance panel), with `profile` (a folder) a CPU profile of the page's main
 * thread (profile/name.cpuprofile; `node bench/topFunctions.mjs FILE` lists where the time went).
 *
 * The trace is taken through the page's DevTools session: a persistent context, which the bench
 * runs in to keep the store on disk, has no Browser object, so `browser.startTracing` is not there.
 */
export async function traced(page, name, { trace, profile }, work) {
  const session = trace || profile ? await page.context().newCDPSession(page) : null;
  if (trace) {
    mkdirSync(trace, { recursive: true });
    await session.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: traceCategories, excludedCategories: ['*'] },
    });
  }
  if (profile) {
    mkdirSync(profile, { recursive: true });
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 1000 });
    await session.send('Profiler.start');
  }
  try {
    return await work();
  } finally {
    if (trace) writeFileSync(join(trace, `${name}.json`), await endTracing(session));
    if (profile) {
      const { profile: cpuProfile } = await session.send('Profiler.stop');
      writeFileSync(join(profile, `${name}.cpuprofile`), JSON.stringify(cpuProfile));
    }
    await session?.detach().catch(() => {});
  }
}

/** Ends the trace and reads it from the stream the browser hands back. */
async function endTracing(session) {
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  const { stream } = await complete;
  const chunks = [];
  for (;;) {
    const { data, eof, base64Encoded } = await session.send('IO.read', { handle: stream });
    chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'utf8'));
    if (eof) break;
  }
  await session.send('IO.close', { handle: stream });
  return Buffer.concat(chunks);
}
