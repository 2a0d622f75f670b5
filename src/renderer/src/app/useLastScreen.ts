import { useCallback, useState } from 'react';

const storageKey = 'silk-ledger.screen';

/**
 * The screen on show, remembered across starts so the window reopens where the analyst left it,
 * as desktop apps do; the first start, or a remembered screen this version does not have, opens
 * `first`. Reopening on a table also spares its start the Dashboard's sums and charts.
 */
export function useLastScreen<Screen extends string>(screens: readonly Screen[], first: Screen) {
  const [screen, setScreen] = useState<Screen>(() => {
    const saved = localStorage.getItem(storageKey);
    return screens.find((candidate) => candidate === saved) ?? first;
  });
  const show = useCallback((next: Screen) => {
    localStorage.setItem(storageKey, next);
    setScreen(next);
  }, []);
  return [screen, show] as const;
}
