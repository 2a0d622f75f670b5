import { describe, expect, it } from 'vitest';
import { runInIdleTurns, type IdleTime } from './idleTurns';

/** Idle turns run when the test says, each with the idle time the test gives. */
function manualTurns() {
  const queued: Array<(idle: IdleTime) => void> = [];
  return {
    schedule: (work: (idle: IdleTime) => void) => {
      queued.push(work);
      return () => {
        const at = queued.indexOf(work);
        if (at >= 0) queued.splice(at, 1);
      };
    },
    runNext(idleMs: number) {
      queued.shift()!({ timeRemaining: () => idleMs });
    },
    pending: () => queued.length,
  };
}

function* countedSteps(done: number[], count: number, stepMs: number) {
  for (let step = 0; step < count; step++) {
    const until = performance.now() + stepMs;
    while (performance.now() < until);
    done.push(step);
    yield;
  }
  return done.length;
}

describe('runInIdleTurns', () => {
  it('does nothing until the first idle turn, then steps while the turn has time, and hands on the result', () => {
    const turns = manualTurns();
    const done: number[] = [];
    let result: number | undefined;
    runInIdleTurns(
      countedSteps(done, 40, 1),
      (value) => (result = value),
      turns.schedule,
      () => false,
    );
    expect(done).toEqual([]);
    turns.runNext(0);
    // A turn without idle time still does a little work, but not all forty steps.
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(40);
    expect(turns.pending()).toBe(1);
    turns.runNext(1_000);
    expect(done).toHaveLength(40);
    expect(result).toBe(40);
    expect(turns.pending()).toBe(0);
  });

  it('ends a turn as soon as input is waiting, and goes on in the next', () => {
    const turns = manualTurns();
    const done: number[] = [];
    let waitingInput = false;
    runInIdleTurns(
      countedSteps(done, 40, 0),
      () => undefined,
      turns.schedule,
      () => waitingInput,
    );
    waitingInput = true;
    turns.runNext(1_000);
    expect(done).toHaveLength(1);
    waitingInput = false;
    turns.runNext(1_000);
    expect(done).toHaveLength(40);
  });

  it('drops the remaining steps when cancelled', () => {
    const turns = manualTurns();
    const done: number[] = [];
    let finished = false;
    const cancel = runInIdleTurns(
      countedSteps(done, 40, 1),
      () => (finished = true),
      turns.schedule,
      () => false,
    );
    turns.runNext(0);
    const stepsBefore = done.length;
    cancel();
    expect(turns.pending()).toBe(0);
    expect(done).toHaveLength(stepsBefore);
    expect(finished).toBe(false);
  });
});
