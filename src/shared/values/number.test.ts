import { describe, expect, it } from 'vitest';
import { parseLocalizedNumber, parsePercentage, roundDecimalNoise } from './number';
import { formatCompactNumber, formatGroupedNumber, formatNumberInWords } from './numberFormat';

describe('parseLocalizedNumber', () => {
  it.each([
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['1 234 567,89', 1234567.89],
    ['1\u00a0234\u00a0567,89', 1234567.89],
    ['1\u202f234\u202f567,89', 1234567.89],
    ["1'234", 1234],
    ["1'234'567.5", 1234567.5],
    ['1’234', 1234],
    ['-35,01', -35.01],
    ['−35.01', -35.01],
    ['+12', 12],
    ['(1,234)', -1234],
    ['(1 234,5)', -1234.5],
    ['1,234', 1234],
    ['12,345', 12345],
    ['1,23', 1.23],
    ['0,5', 0.5],
    ['0,500', 0.5],
    ['1234,567', 1234.567],
    ['1,2345', 1.2345],
    ['1.234', 1.234],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1 234,567', 1234.567],
    ['12 345', 12345],
    ['.5', 0.5],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
    ['1.5e6', 1500000],
    ['2E-3', 0.002],
  ])('reads %j as %d', (text, expected) => {
    expect(parseLocalizedNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1,234', '.', 1234],
    ['1,234', ',', 1.234],
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
    ['1.234.567,89', ',', 1234567.89],
    ['1,234,567.89', '.', 1234567.89],
    ['0,5', ',', 0.5],
    ['1 234', ',', 1234],
  ] as const)('reads %j with decimal separator %j as %d', (text, decimalSeparator, expected) => {
    expect(parseLocalizedNumber(text, { decimalSeparator })).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'no digits'],
    ['1.2.3,4,5', 'appears more than once'],
    ['NaN', 'not a finite number'],
    ['Infinity', 'not a finite number'],
    ['-infinity', 'not a finite number'],
    ['1,23,456', 'three digits'],
    ['12,34.5', 'three digits'],
    ['1 23', 'three digits'],
    ['1 234.567,8', 'three digits'],
    ['5,', 'must follow the decimal separator'],
    ['12 kg', 'not digits'],
    ['-(5)', 'not digits'],
    ['(-5)', 'both brackets and a sign'],
    ['1e999', 'too large'],
    ['.', 'no digits'],
  ])('rejects %j, quoting it and explaining why (%s)', (text, why) => {
    const result = parseLocalizedNumber(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`“${text}”`);
    expect(result.message).toContain(why);
    expect(result.message).toMatch(/Expected digits such as/);
  });

  it('refuses grouping that contradicts an explicit decimal separator', () => {
    expect(parseLocalizedNumber('1,23', { decimalSeparator: '.' }).ok).toBe(false);
    expect(parseLocalizedNumber('1.2.3', { decimalSeparator: '.' }).ok).toBe(false);
  });
});

describe('parsePercentage', () => {
  it.each([
    ['12.5%', 0.125],
    ['12,5 %', 0.125],
    ['100%', 1],
    ['-3.2%', -0.032],
    ['0.1%', 0.001],
    ['7 percent', 0.07],
    ['7 per cent', 0.07],
    ['15 процентов', 0.15],
    ['40 foiz', 0.4],
    ['1 234,5 %', 12.345],
  ])('reads %j as %d', (text, expected) => {
    expect(parsePercentage(text)).toEqual({ ok: true, value: expected });
  });

  it('follows an explicit decimal separator', () => {
    expect(parsePercentage('1,234%', { decimalSeparator: ',' })).toEqual({ ok: true, value: 0.01234 });
  });

  it.each(['12.5', '', '%', 'abc%', '12.5 % extra'])('rejects %j with a message quoting it', (text) => {
    const result = parsePercentage(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`“${text}”`);
  });
});

describe('roundDecimalNoise', () => {
  it('removes floating-point noise from decimal scaling', () => {
    expect(4.1 * 1e6).not.toBe(4_100_000);
    expect(roundDecimalNoise(4.1 * 1e6)).toBe(4_100_000);
    expect(roundDecimalNoise(0.1 + 0.2)).toBe(0.3);
  });
});

describe('number formatting', () => {
  it.each([
    [455400, 2, '455,400'],
    [1234.5, 2, '1,234.5'],
    [1234.567, 2, '1,234.57'],
    [-1234567, 0, '-1,234,567'],
    [0.004, 2, '0'],
    [999, 2, '999'],
  ])('groups %d with at most %d decimals as %j', (value, digits, expected) => {
    expect(formatGroupedNumber(value, digits)).toBe(expected);
  });

  it.each([
    [700_000_000, '700M'],
    [58_400_000, '58.4M'],
    [1_200_000_000, '1.2B'],
    [5e12, '5T'],
    [632_100, '632,100'],
    [999_999, '999,999'],
    [1_000_000, '1M'],
    [999_999_999, '1B'],
    [1_234_567, '1.23M'],
  ])('writes %d compactly as %j', (value, expected) => {
    expect(formatCompactNumber(value)).toBe(expected);
  });

  it.each([
    [700_000_000, '700 million'],
    [58_400_000, '58.4 million'],
    [1_234_500_000, '1,234,500,000'],
    [1_250_000_000, '1.25 billion'],
    [1_234_567, '1,234,567'],
    [455_400, '455,400'],
    [3_000_000, '3 million'],
    [2.5e12, '2.5 trillion'],
  ])('writes %d in words as %j', (value, expected) => {
    expect(formatNumberInWords(value, 2)).toBe(expected);
  });
});
