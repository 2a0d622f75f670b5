export interface IdleTime {
  timeRemaining(): number;
}
export type ScheduleIdle = (work: (idle: IdleTime) => void) => () => void;

/** Work done per turn even when the idle period is nearly over, so every turn moves the work on. */
const minimumTurnMs = 1;
/**
 * At most this much per turn, though an idle window offers up to 50 ms: a keystroke that comes
 * during a turn waits for it to end.
 */
const maximumTurnMs = 10;

/**
 * The window's idle callbacks, without a timeout: while the window is busy (a fast scroll) the work
 * waits rather than take frames from it; a timer where there are none (Node).
 */
export const scheduleIdle: ScheduleIdle =
  typeof requestIdleCallback === 'function'
    ? (work) => {
        const handle = requestIdleCallback(work);
        return () => cancelIdleCallback(handle);
      }
    : (work) => {
        const handle = setTimeout(() => work({ timeRemaining: () => 0 }), 0);
        return () => clearTimeout(handle);
      };

/**
 * Runs `steps` (each a few milliseconds of work) in the window's idle time, as many per turn as the
 * turn has time for, and hands their result to `onDone`. Returns a function that drops the rest.
 */
export function runInIdleTurns<Result>(
  steps: Iterator<unknown, Result>,
  onDone: (result: Result) => void,
  schedule: ScheduleIdle = scheduleIdle,
): () => void {
  let cancel: () => void;
  const turn = (idle: IdleTime) => {
    const until = performance.now() + Math.min(Math.max(idle.timeRemaining(), minimumTurnMs), maximumTurnMs);
    for (;;) {
      const step = steps.next();
      if (step.done) return onDone(step.value);
      if (performance.now() >= until) break;
    }
    cancel = schedule(turn);
  };
  cancel = schedule(turn);
  return () => cancel();
}
