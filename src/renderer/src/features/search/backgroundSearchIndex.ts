import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SearchableRecords } from '@shared/search/searchContext';
import { buildSearchIndexInSteps, type SearchIndex } from '@shared/search/searchIndex';
import { runInIdleTurns, scheduleIdle, type ScheduleIdle } from '../../ui/idleTurns';

/**
 * Records indexed between checks of the clock. A step is not interrupted, so it is kept small: listing
 * the words of twice as many deals in one step was long enough to hold up a keystroke.
 */
const recordsPerStep = 100;
/**
 * The search index of the records last asked for, built in the window's idle time a slice at a time,
 * so it is ready before the palette opens and no task of building it is long enough to be felt (the
 * index of 100,000 deals is the work of many frames). Asking for other records drops the work on the old.
 */
export class BackgroundSearchIndex {
  private records: SearchableRecords | null = null;
  private index: SearchIndex | null = null;
  private cancel: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly schedule: ScheduleIdle = scheduleIdle) {}

  request(records: SearchableRecords): void {
    if (records === this.records) return;
    this.stop();
    this.records = records;
    this.cancel = runInIdleTurns(
      buildSearchIndexInSteps(records, recordsPerStep),
      (index) => {
        this.cancel = null;
        this.index = index;
        for (const listener of this.listeners) listener();
      },
      this.schedule,
    );
  }

  /** The index of `records` once built; null while it is being built or when other records were asked for. */
  indexOf(records: SearchableRecords): SearchIndex | null {
    return records === this.records ? this.index : null;
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
    this.records = null;
    this.index = null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The search index of `records`, built in the background whenever they change; null until it is ready. */
export function useSearchIndex(records: SearchableRecords): SearchIndex | null {
  const [builder] = useState(() => new BackgroundSearchIndex());
  useEffect(() => {
    builder.request(records);
    return () => builder.stop();
  }, [builder, records]);
  return useSyncExternalStore(builder.subscribe, () => builder.indexOf(records));
}
