import { describe, expect, it } from 'vitest';
import { activeOnly, sampleStore } from '@shared/search/searchFixtures.testHelpers';
import { buildSearchIndex } from '@shared/search/searchIndex';
import { searchRecords } from '@shared/search/searchRecords';
import { BackgroundSearchIndex } from './backgroundSearchIndex';

/** Idle turns run one at a time, when the test says, each with no idle time to spare. */
function manualTurns() {
  const queued: Array<(idle: { timeRemaining(): number }) => void> = [];
  return {
    schedule: (work: (idle: { timeRemaining(): number }) => void) => {
      queued.push(work);
      return () => queued.splice(queued.indexOf(work), 1);
    },
    runAll() {
      let turns = 0;
      while (queued.length) {
        queued.shift()!({ timeRemaining: () => 0 });
        turns += 1;
      }
      return turns;
    },
    pending: () => queued.length,
  };
}

describe('BackgroundSearchIndex', () => {
  const records = activeOnly(sampleStore().records);

  it('builds the same index as building it at once, and tells its listeners when it is ready', () => {
    const turns = manualTurns();
    const builder = new BackgroundSearchIndex(turns.schedule);
    let notified = 0;
    builder.subscribe(() => (notified += 1));
    builder.request(records);
    expect(builder.indexOf(records)).toBeNull();
    turns.runAll();
    const index = builder.indexOf(records)!;
    expect(notified).toBe(1);
    expect(searchRecords(index, 'beeline')).toEqual(searchRecords(buildSearchIndex(records), 'beeline'));
    expect(index.postings.words).toEqual(buildSearchIndex(records).postings.words);
  });

  it('drops the work on older records when newer ones are asked for', () => {
    const turns = manualTurns();
    const builder = new BackgroundSearchIndex(turns.schedule);
    const newer = { ...records, deals: records.deals.slice(1) };
    builder.request(records);
    builder.request(newer);
    expect(turns.pending()).toBe(1);
    turns.runAll();
    expect(builder.indexOf(records)).toBeNull();
    expect(builder.indexOf(newer)!.entries).toHaveLength(buildSearchIndex(newer).entries.length);
  });
});
