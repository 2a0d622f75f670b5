import { describe, expect, it } from 'vitest';
import { formatChange, formatDealCount, formatTotalValue, formatUsd } from './insightFormat';

describe('insight figures as text', () => {
  it('writes US dollars short, as the tables do', () => {
    expect(formatUsd(1_258_400_000)).toBe('$1.26B');
    expect(formatUsd(455_400)).toBe('$455,400');
  });

  it('marks a total approximate when any of its values is, and says when no value is known', () => {
    const total = { usd: 1_200_000_000, withValue: 2, notExact: 1, unconverted: 0 };
    expect(formatTotalValue(total)).toBe('≈ $1.2B');
    expect(formatTotalValue({ ...total, notExact: 0 })).toBe('$1.2B');
    expect(formatTotalValue({ usd: 0, withValue: 0, notExact: 0, unconverted: 0 })).toBe('no value stated');
    expect(formatTotalValue({ usd: 0, withValue: 1, notExact: 0, unconverted: 1 })).toBe('not in USD yet');
  });

  it('counts deals in words', () => {
    expect(formatDealCount(1)).toBe('1 deal');
    expect(formatDealCount(12_000)).toBe('12,000 deals');
  });

  it('writes a change with its sign and share of the previous value', () => {
    expect(formatChange(4_700_000, 4_700_000 / 2_700_000, 'USD')).toBe('+$4.7M (+174%)');
    expect(formatChange(-11, -11 / 24, 'companies')).toBe('−11 (−45.8%)');
    expect(formatChange(3, null, 'companies')).toBe('+3');
  });
});
