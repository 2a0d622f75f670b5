import { describe, expect, it } from 'vitest';
import { activeOnly, sampleStore } from './searchFixtures.testHelpers';
import { buildSearchIndex, buildSearchIndexInSteps } from './searchIndex';

describe('buildSearchIndexInSteps', () => {
  it('pauses after every step of records and ends with the index built at once', () => {
    const records = activeOnly(sampleStore().records);
    const steps = buildSearchIndexInSteps(records, 1);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    const whole = buildSearchIndex(records);
    // One pause per record in each of the three passes (titles, words, the lists of records per word),
    // and more while the words are sorted and ranked, 40 words a step.
    const words = whole.postings.words.length;
    expect(pauses).toBeGreaterThanOrEqual(3 * whole.entries.length + Math.floor(words / 40));
    expect(step.value.entries.map((entry) => entry.titleKey)).toEqual(whole.entries.map((entry) => entry.titleKey));
    expect(step.value.postings).toEqual(whole.postings);
  });
});
