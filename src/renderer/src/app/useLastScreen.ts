import { useCallback, useState } from 'react';
import { lastScreenKey } from '@shared/model/settings';
import { writeSetting } from '../db/settings';
import { useStore } from '../db/storeContext';
import { useNotices } from '../ui/Notices';

/**
 * The screen on show, remembered across starts so the window reopens where the analyst left it,
 * as desktop apps do; the first start, or a remembered screen this version does not have, opens
 * `first`. Reopening on a table also spares its start the Dashboard's sums and charts. The screen
 * remembered was read while the store opened (StoreProvider), so the first render already shows it.
 */
export function useLastScreen<Screen extends string>(screens: readonly Screen[], first: Screen) {
  const { db, lastScreen } = useStore();
  const { notify } = useNotices();
  const [screen, setScreen] = useState<Screen>(() => screens.find((candidate) => candidate === lastScreen) ?? first);
  const show = useCallback(
    (next: Screen) => {
      setScreen(next);
      // The screen changes at once; remembering it need not hold the click up.
      void writeSetting(db, lastScreenKey, next).then((written) => {
        if (!written.ok) notify('error', `The screen to reopen on could not be remembered: ${written.error.message}`);
      });
    },
    [db, notify],
  );
  return [screen, show] as const;
}
