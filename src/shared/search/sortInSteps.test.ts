import { describe, expect, it } from 'vitest';
import { runAllSteps } from './wordPostings';
import { sortInSteps } from './sortInSteps';

const words = (count: number) =>
  Array.from(
    { length: count },
    (_, index) => ['#', 'fergana', 'ферг', '光纤', 'Zeta', 'ä', '1'][index % 7] + ((index * 7919) % 1000),
  );

describe('sortInSteps', () => {
  it.each([0, 1, 9, 10, 11, 35, 1_000])('sorts %i strings as sort() does, whatever the step size', (count) => {
    const strings = words(count);
    for (const stepSize of [1, 3, 10, Infinity])
      expect(runAllSteps(sortInSteps(strings, stepSize))).toEqual(strings.slice().sort());
  });

  it('pauses between pieces of the work and leaves its input as it was', () => {
    const strings = words(1_000);
    const before = strings.slice();
    const steps = sortInSteps(strings, 100);
    let pauses = 0;
    while (!steps.next().done) pauses += 1;
    // Ten pieces sorted, then about 1,000 strings merged in each of four rounds, 100 at a time.
    expect(pauses).toBeGreaterThanOrEqual(10 + 4 * 9);
    expect(strings).toEqual(before);
  });
});
