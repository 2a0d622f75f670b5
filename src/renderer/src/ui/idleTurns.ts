export interface IdleTime {
  timeRemaining(): number;
}
export type ScheduleIdle = (work: (idle: IdleTime) => void) => () => void;

/**
 * Work done per turn even when the idle period is nearly over, so every turn moves the work on;
 * little, as a frame may be due: a larger minimum cost a fast scroll frames.
 */
const minimumTurnMs = 1;

interface InputScheduling {
  scheduling?: { isInputPending?: () => boolean };
}

/**
 * Whether a keystroke or click is waiting for the window's thread (Chromium's
 * `navigator.scheduling.isInputPending`): a turn then ends early rather than make it wait for the
 * rest of an idle window of up to 50 ms. A turn is not cut short by a fixed budget instead: an idle
 * callback asked for during an idle window runs only in the next one, so short turns spread the same
 * work over far longer and slowed an export running beside it.
 */
const browserInputPending = (): boolean =>
  typeof navigator !== 'undefined' && ((navigator as InputScheduling).scheduling?.isInputPending?.() ?? false);

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
 * turn has time for or until input is waiting, and hands their result to `onDone`. Returns a
 * function that drops the rest.
 */
export function runInIdleTurns<Result>(
  steps: Iterator<unknown, Result>,
  onDone: (result: Result) => void,
  schedule: ScheduleIdle = scheduleIdle,
  inputPending: () => boolean = browserInputPending,
): () => void {
  let cancel: () => void;
  const turn = (idle: IdleTime) => {
    const until = performance.now() + Math.max(idle.timeRemaining(), minimumTurnMs);
    for (;;) {
      const step = steps.next();
      if (step.done) return onDone(step.value);
      if (performance.now() >= until || inputPending()) break;
    }
    cancel = schedule(turn);
  };
  cancel = schedule(turn);
  return () => cancel();
}
