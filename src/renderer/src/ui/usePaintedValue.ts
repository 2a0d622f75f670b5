import { useEffect, useState } from 'react';

/**
 * `initial` until a frame has been painted since `value` was first rendered, then `value`: for work
 * that can wait until the screen shows what came with `value`. React's `useDeferredValue` does not
 * wait when the render is itself deferred, as the window's renders of new records are.
 */
export function usePaintedValue<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timer set in an animation frame fires after that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setShown(() => value), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
