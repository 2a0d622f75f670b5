import { describe, expect, it } from 'vitest';
import { SmallestNumbers } from './smallestNumbers';

function smallestOf(values: number[], count: number): number[] {
  const smallest = new SmallestNumbers(count);
  for (const value of values) smallest.offer(value);
  return smallest.ascending();
}

describe('SmallestNumbers', () => {
  it('keeps the smallest values offered, in ascending order, as sorting all of them would', () => {
    const values = Array.from({ length: 1000 }, (_, index) => (index * 7919) % 1009);
    const sorted = [...values].sort((a, b) => a - b);
    for (const count of [1, 2, 50, 999, 1000, 2000]) expect(smallestOf(values, count)).toEqual(sorted.slice(0, count));
    // Offered in rising and in falling order, the heap's two ways of taking a value.
    expect(smallestOf(sorted, 5)).toEqual(sorted.slice(0, 5));
    expect(smallestOf([...sorted].reverse(), 5)).toEqual(sorted.slice(0, 5));
  });

  it('keeps nothing when nothing is offered or the count is zero', () => {
    expect(smallestOf([], 5)).toEqual([]);
    expect(smallestOf([3, 1], 0)).toEqual([]);
  });
});
