import { describe, expect, it } from 'vitest';
import { buildSearchContextInSteps, dateText, type SearchableRecords, type SearchContext } from './searchContext';

function emptyContext(): SearchContext {
  const records: SearchableRecords = {
    organizations: [],
    deals: [],
    indicators: [],
    observations: [],
    events: [],
    sources: [],
    annotations: [],
  };
  const steps = buildSearchContextInSteps(records, 100);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

describe('dateText', () => {
  it('remembers an exact date and the estimate of the same span apart', () => {
    const context = emptyContext();
    const exact = { unit: 'year', start: '2021-01-01', end: '2021-12-31' } as const;
    expect(dateText(context, exact)).toBe('2021');
    expect(dateText(context, { ...exact, approximate: true })).toBe('c. 2021');
    expect(dateText(context, exact)).toBe('2021');
  });
});
