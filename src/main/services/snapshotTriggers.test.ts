import { describe, expect, it } from 'vitest';
import { createSnapshotTriggers, finalSnapshotTimeout, snapshotInterval } from './snapshotTriggers';

const minute = 60_000;

/** A clock and timers that only move when the test says so. */
function manualTime(start = Date.parse('2026-11-25T09:00:00Z')) {
  let time = start;
  let timers: Array<{ at: number; run: () => void }> = [];
  return {
    now: () => time,
    setTimer: (run: () => void, delay: number) => {
      const timer = { at: time + delay, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      timers = timers.filter((candidate) => candidate !== timer);
    },
    async advance(ms: number) {
      const until = time + ms;
      for (;;) {
        const next = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((timer) => timer !== next);
        time = next.at;
        next.run();
        await Promise.resolve();
      }
      time = until;
    },
  };
}

/** `answering`: the window writes each requested snapshot straight away. */
function triggersWith(lastSnapshotAt?: number, answering = false) {
  const time = manualTime();
  const requests: number[] = [];
  const triggers = createSnapshotTriggers({
    ...time,
    lastSnapshotAt: lastSnapshotAt === undefined ? undefined : time.now() + lastSnapshotAt,
    requestSnapshot: () => {
      requests.push(time.now());
      if (answering) queueMicrotask(() => triggers.snapshotWritten());
    },
  });
  const minutesOf = () => requests.map((at) => (at - Date.parse('2026-11-25T09:00:00Z')) / minute);
  return { time, triggers, minutesOf };
}

describe('automatic snapshots', () => {
  it('are asked for at most every 30 minutes while edits keep coming', async () => {
    const { time, triggers, minutesOf } = triggersWith(undefined, true);
    // An edit every minute for two hours: the edits of minutes 91–119 are saved at 120.
    for (let edit = 0; edit < 120; edit++) {
      triggers.dataChanged();
      await time.advance(minute);
    }
    expect(minutesOf()).toEqual([0, 30, 60, 90, 120]);
    expect(snapshotInterval).toBe(30 * minute);
  });

  it('are not taken while nothing changes, and carry on the rhythm of the newest snapshot on disk', async () => {
    const { time, triggers, minutesOf } = triggersWith(-10 * minute);
    await time.advance(60 * minute);
    expect(minutesOf()).toEqual([]);
    const fresh = triggersWith(-10 * minute);
    fresh.triggers.dataChanged();
    await fresh.time.advance(60 * minute);
    expect(fresh.minutesOf()).toEqual([20]);
    expect(triggers.hasUnsavedChanges()).toBe(false);
  });

  it('keep a change made while a snapshot was being built for the next one', async () => {
    const { time, triggers, minutesOf } = triggersWith();
    triggers.dataChanged();
    await time.advance(0);
    triggers.dataChanged();
    triggers.snapshotWritten();
    expect(triggers.hasUnsavedChanges()).toBe(true);
    await time.advance(30 * minute);
    expect(minutesOf()).toEqual([0, 30]);
  });
});

describe('the snapshot on closing', () => {
  it('is skipped when everything is already in a snapshot', async () => {
    const { triggers } = triggersWith();
    expect(await triggers.finalSnapshot()).toBe('not-needed');
  });

  it('waits for the window to write it', async () => {
    const { time, triggers, minutesOf } = triggersWith(-5 * minute);
    triggers.dataChanged();
    const outcome = triggers.finalSnapshot();
    expect(minutesOf()).toEqual([0]);
    await time.advance(1000);
    triggers.snapshotWritten();
    expect(await outcome).toBe('written');
    // The periodic request that was pending is not sent after closing.
    await time.advance(60 * minute);
    expect(minutesOf()).toEqual([0]);
  });

  it('gives up on a hung window after the timeout, so quitting is never blocked', async () => {
    const { time, triggers } = triggersWith();
    triggers.dataChanged();
    const outcome = triggers.finalSnapshot();
    let settled = false;
    void outcome.then(() => (settled = true));
    await time.advance(finalSnapshotTimeout - 1);
    expect(settled).toBe(false);
    await time.advance(1);
    expect(await outcome).toBe('timed-out');
  });
});
