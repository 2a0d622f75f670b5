import { liveQuery } from 'dexie';
import { analystNameKey } from '@shared/model/settings';
import type { SilkLedgerDatabase } from './database';
import { readSetting } from './settings';

/** Who signs changes until the analyst gives a name. */
export const unnamedAnalyst = 'Analyst';

export interface AnalystName {
  /** The name as the settings hold it now. */
  current: () => string;
  stop: () => void;
}

/**
 * Follows the analyst's name in the settings, as this window or another changes it, for what must
 * sign a change at once rather than wait for the store: history entries, annotations, backups.
 * Resolves once the name has been read, so the first change is not signed with the placeholder.
 */
export async function followAnalystName(db: SilkLedgerDatabase): Promise<AnalystName> {
  let name = (await readSetting(db, analystNameKey)) ?? unnamedAnalyst;
  const subscription = liveQuery(() => readSetting(db, analystNameKey)).subscribe({
    next: (value) => {
      name = value ?? unnamedAnalyst;
    },
    // The read fails only once the store is closing; the name read last serves until then.
    error: () => undefined,
  });
  return { current: () => name, stop: () => subscription.unsubscribe() };
}
