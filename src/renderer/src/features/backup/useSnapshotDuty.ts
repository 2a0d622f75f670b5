import Dexie from 'dexie';
import { useEffect } from 'react';
import type { Platform } from '../../platform/platform';

/**
 * Keeps the host informed: every committed write (records, imports, restores, saved views) is
 * reported, and the host's requests for a snapshot are answered with `writeSnapshot`.
 */
export function useSnapshotDuty(platform: Platform, writeSnapshot: () => void): void {
  useEffect(() => {
    // Dexie signals once per committed transaction, whichever module wrote it.
    const changed = () => platform.reportDataChanged();
    Dexie.on('storagemutated', changed);
    const stopListening = platform.onSnapshotRequest(writeSnapshot);
    return () => {
      Dexie.on('storagemutated').unsubscribe(changed);
      stopListening();
    };
  }, [platform, writeSnapshot]);
}
