import { describe, expect, it } from 'vitest';
import { smallestNumbers } from './smallestNumbers';

describe('smallestNumbers', () => {
  it('gives the smallest values in ascending order, as sorting all of them would', () => {
    const values = Array.from({ length: 1000 }, (_, index) => (index * 7919) % 1009);
    const sorted = [...values].sort((a, b) => a - b);
    for (const count of [1, 2, 50, 999, 1000, 2000]) expect(smallestNumbers(values, count)).toEqual(sorted.slice(0, count));
  });

  it('gives nothing for no values or a count of zero', () => {
    expect(smallestNumbers([], 5)).toEqual([]);
    expect(smallestNumbers([3, 1], 0)).toEqual([]);
  });
});
