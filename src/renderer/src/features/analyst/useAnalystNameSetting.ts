import { useLiveQuery } from 'dexie-react-hooks';
import { analystNameKey, analystNameSkippedKey } from '@shared/model/settings';
import type { DataResult } from '../../db/dataErrors';
import { readSetting, writeSetting } from '../../db/settings';
import { useStore } from '../../db/storeContext';

export interface AnalystNameSetting {
  /** Undefined while the settings are first read. */
  stored: { name: string | undefined; skipped: boolean } | undefined;
  save: (name: string) => Promise<DataResult<string>>;
  skip: () => Promise<DataResult<true>>;
}

/**
 * The analyst's name as the settings hold it, and whether they chose not to give one, re-read as
 * either changes; every write goes through the settings' checks (an empty name is refused with why).
 */
export function useAnalystNameSetting(): AnalystNameSetting {
  const { db } = useStore();
  const stored = useLiveQuery(
    async () => ({
      name: await readSetting(db, analystNameKey),
      skipped: (await readSetting(db, analystNameSkippedKey)) === true,
    }),
    [db],
  );
  return {
    stored,
    save: (name) => writeSetting(db, analystNameKey, name),
    skip: () => writeSetting(db, analystNameSkippedKey, true),
  };
}
