import type { Page } from '@playwright/test';

interface RestOfFileHold {
  release(): void;
}

/**
 * Holds back, in the window, every request to the import worker to read the rest of a file
 * (`readRest`, sent once the first preview of a large file is on screen), so a test sees the first
 * look for as long as it needs, and lets them go on `releaseRestOfFile`. Installed before the app's
 * scripts, as the worker and its messages start when the file is chosen.
 */
export async function holdTheRestOfEachFile(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: Array<() => void> = [];
    const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      // comlink names the method called in its message's path.
      const path = (args[0] as { path?: unknown } | null)?.path;
      if (Array.isArray(path) && path[0] === 'readRest') held.push(() => post.apply(this, args));
      else post.apply(this, args);
    };
    const hold: RestOfFileHold = { release: () => held.splice(0).forEach((send) => send()) };
    (window as unknown as { restOfFileHold: RestOfFileHold }).restOfFileHold = hold;
  });
}

export async function releaseRestOfFile(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { restOfFileHold: RestOfFileHold }).restOfFileHold.release());
}
