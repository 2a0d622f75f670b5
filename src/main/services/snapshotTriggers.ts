/** Automatic snapshots while edits happen are at least this far apart. */
export const snapshotInterval = 30 * 60 * 1000;
/** How long closing waits for the window's final snapshot before giving up on it. */
export const finalSnapshotTimeout = 15 * 1000;

export interface SnapshotTriggerOptions {
  now: () => number;
  setTimer: (run: () => void, delay: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** Asks the window for a snapshot; it answers by writing one (or not at all, if it hangs). */
  requestSnapshot: () => void;
  /** When the newest snapshot on disk was taken. */
  lastSnapshotAt?: number;
}

export type FinalSnapshotOutcome = 'written' | 'not-needed' | 'timed-out';

/**
 * Decides when the store is snapshotted. The store lives in the window, so main cannot read it:
 * the window reports that data changed, and main asks it for a snapshot at most every 30 minutes
 * while changes keep coming, and once more when the window closes. Closing never waits on a hung
 * window for longer than `finalSnapshotTimeout`.
 */
export function createSnapshotTriggers({ now, setTimer, clearTimer, requestSnapshot, lastSnapshotAt }: SnapshotTriggerOptions) {
  let lastAttemptAt = lastSnapshotAt ?? Number.NEGATIVE_INFINITY;
  /** Counts reported changes, so a change made while a snapshot was being built is not forgotten. */
  let changes = 0;
  let savedUpTo = 0;
  let requestedAt: number | null = null;
  let timer: unknown = null;
  const waiting: Array<() => void> = [];

  const unsaved = () => changes > savedUpTo;

  function request(): void {
    requestedAt = changes;
    lastAttemptAt = now();
    requestSnapshot();
  }

  function schedule(): void {
    if (timer !== null || !unsaved()) return;
    const delay = Math.max(0, lastAttemptAt + snapshotInterval - now());
    timer = setTimer(() => {
      timer = null;
      if (unsaved()) request();
    }, delay);
  }

  return {
    dataChanged(): void {
      changes += 1;
      schedule();
    },

    /** A snapshot reached the disk: one main asked for, or one the analyst made with Back up now. */
    snapshotWritten(): void {
      savedUpTo = requestedAt ?? changes;
      requestedAt = null;
      lastAttemptAt = now();
      for (const resolve of waiting.splice(0)) resolve();
      schedule();
    },

    hasUnsavedChanges: unsaved,

    /** The snapshot taken as the window closes; resolves when it is written, or after the timeout. */
    finalSnapshot(): Promise<FinalSnapshotOutcome> {
      if (!unsaved()) return Promise.resolve('not-needed');
      if (timer !== null) clearTimer(timer);
      timer = null;
      return new Promise((resolve) => {
        const giveUp = setTimer(() => {
          waiting.splice(waiting.indexOf(written), 1);
          resolve('timed-out');
        }, finalSnapshotTimeout);
        const written = () => {
          clearTimer(giveUp);
          resolve('written');
        };
        waiting.push(written);
        request();
      });
    },
  };
}

export type SnapshotTriggers = ReturnType<typeof createSnapshotTriggers>;
