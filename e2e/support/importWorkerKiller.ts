import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/**
 * Kills the next import worker of `page` while it reads its file, through the DevTools protocol.
 *
 * What kills a dedicated worker in Chromium: running out of memory takes the whole page with it
 * (the renderer process crashes, no event reaches the window), and Runtime.terminateExecution only
 * stops the script that runs (the worker lives on, idle, and the call it was answering is lost).
 * A worker that closes itself, as one that is terminated, is gone: its global scope and what it
 * held go away. So the worker is stopped on a breakpoint inside the reading of the file, its
 * running script is cut off and it closes, all before reading can finish.
 *
 * The breakpoint sits where the reader first hands a ZIP part to the platform's decompressor (found
 * by its text in the built bundle), so the file must be a ZIP with deflated parts.
 */
export async function killNextImportWorkerWhileReading(page: Page): Promise<{ killed: Promise<void> }> {
  const marker = findInBuiltBundle('new DecompressionStream(');
  const devtools = await page.context().newCDPSession(page);
  const worker = new WorkerSession(devtools);
  let chosen = false;
  let chosenSession: string | null = null;
  let markKilled: () => void = () => undefined;
  /** Resolves when the worker is gone: its DevTools session detaches. */
  const killed = new Promise<void>((resolve) => (markKilled = resolve));

  devtools.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    const isImportWorker = targetInfo.type === 'worker' && targetInfo.url.includes('importWorker');
    if (!isImportWorker || chosen) {
      void worker.send(sessionId, 'Runtime.runIfWaitingForDebugger');
      return;
    }
    chosen = true;
    chosenSession = sessionId;
    void (async () => {
      await worker.send(sessionId, 'Debugger.enable');
      await worker.send(sessionId, 'Debugger.setBreakpointByUrl', {
        urlRegex: marker.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        lineNumber: marker.line,
        columnNumber: marker.column,
      });
      const paused = worker.nextPause(sessionId);
      await worker.send(sessionId, 'Runtime.runIfWaitingForDebugger');
      const { callFrames } = await paused;
      await worker.send(sessionId, 'Debugger.evaluateOnCallFrame', {
        callFrameId: callFrames[0].callFrameId,
        expression: 'close()',
      });
      // A closing worker may not answer these; that it detaches is what counts.
      void worker.send(sessionId, 'Runtime.terminateExecution');
      void worker.send(sessionId, 'Debugger.resume');
    })();
  });
  devtools.on('Target.detachedFromTarget', ({ sessionId }) => {
    if (sessionId === chosenSession) markKilled();
  });
  await devtools.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return { killed };
}

/** Commands to one worker over the page's DevTools session, and the worker's replies and events. */
class WorkerSession {
  private nextId = 1;
  private readonly replies = new Map<number, (result: unknown) => void>();
  private readonly pauses = new Map<string, (event: { callFrames: Array<{ callFrameId: string }> }) => void>();

  constructor(private readonly devtools: CDPSession) {
    devtools.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      const parsed = JSON.parse(message) as { id?: number; result?: unknown; method?: string; params?: unknown };
      if (parsed.id !== undefined) this.replies.get(parsed.id)?.(parsed.result);
      if (parsed.method === 'Debugger.paused') this.pauses.get(sessionId)?.(parsed.params as never);
    });
  }

  send(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const reply = new Promise<unknown>((resolve) => this.replies.set(id, resolve));
    // A worker that is already gone cannot be sent anything, and its answer is not awaited then.
    this.devtools
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
      .catch(() => undefined);
    return reply;
  }

  nextPause(sessionId: string): Promise<{ callFrames: Array<{ callFrameId: string }> }> {
    return new Promise((resolve) => this.pauses.set(sessionId, resolve));
  }
}

/** The built file of the web edition that holds `text`, and where (0-based line and column). */
function findInBuiltBundle(text: string): { file: string; line: number; column: number } {
  const assets = resolve(__dirname, '../../out/web/assets');
  // The worker's own chunks first: the window's bundle may hold the same text.
  const files = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .sort((a, b) => Number(b.includes('importWorker')) - Number(a.includes('importWorker')));
  for (const file of files) {
    const lines = readFileSync(resolve(assets, file), 'utf8').split('\n');
    const line = lines.findIndex((candidate) => candidate.includes(text));
    if (line !== -1) return { file, line, column: lines[line].indexOf(text) };
  }
  throw new Error(`no built file of the web edition holds ${text}: build it first (npm run build:web)`);
}
