import { useState } from 'react';
import { resetToDefaultDataset } from '../db/defaultDataset';
import { useStore } from '../db/storeContext';
import { useNotices } from '../ui/Notices';

/** The "Reset to default dataset" command: asks first, then replaces the store in one transaction. */
export function useResetToDefaultDataset() {
  const { db, changes } = useStore();
  const { notify } = useNotices();
  const [confirming, setConfirming] = useState(false);

  async function reset() {
    setConfirming(false);
    try {
      const { defaultDataset } = await import('../db/defaultDatasetFile');
      await resetToDefaultDataset(db, defaultDataset());
      changes.clear();
      notify('success', 'The store now holds the default dataset again.');
    } catch (error) {
      notify('error', `The reset failed and the store was left as it was: ${(error as Error).message}`);
    }
  }

  return { confirming, ask: () => setConfirming(true), cancel: () => setConfirming(false), reset };
}
