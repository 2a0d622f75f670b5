import { describe, expect, it } from 'vitest';
import type { Money } from './money.schema';
import { formatMoney, formatMoneyInWords, moneyFromNumber, parseMoney, usdAmount } from './money';

/** Money in another currency with its value in US dollars, as a stored record holds it. */
const inUsd = (money: Money, usdValue: number): Money => ({
  ...money,
  usd: { amount: usdValue, rate: usdValue / money.amount, rateDate: null, rateSource: null },
});

describe('moneyFromNumber', () => {
  it('gives US dollars a USD value at rate 1', () => {
    expect(moneyFromNumber(700e6, 'USD', 'approximately')).toEqual({
      amount: 700e6,
      currency: 'USD',
      qualifier: 'approximately',
      usd: { amount: 700e6, rate: 1, rateDate: null, rateSource: null },
    });
  });

  it('leaves other currencies unconverted and defaults to exact', () => {
    expect(moneyFromNumber(5e9, 'uzs')).toEqual({ amount: 5e9, currency: 'UZS', qualifier: 'exact', usd: null });
  });

  it.each([
    [-1, 'USD', /at least 0/],
    [Number.NaN, 'USD', /finite number/],
    [5, 'dollars', /“dollars” is not a three-letter ISO 4217/],
  ])('refuses %d %s', (amount, currency, message) => {
    expect(() => moneyFromNumber(amount, currency)).toThrow(message);
  });
});

describe('usdAmount', () => {
  it('has no USD amount for missing or unconverted money', () => {
    expect(usdAmount(null)).toBeNull();
    expect(usdAmount(moneyFromNumber(1, 'EUR'))).toBeNull();
    expect(usdAmount(moneyFromNumber(455400, 'USD'))).toBe(455400);
  });
});

const usd = (amount: number, qualifier: Money['qualifier'] = 'exact') => moneyFromNumber(amount, 'USD', qualifier);

describe('formatMoney', () => {
  it.each<[Money, string]>([
    [usd(700e6, 'approximately'), '≈ $700M'],
    [usd(500e6, 'more-than'), '> $500M'],
    [usd(58.4e6), '$58.4M'],
    [usd(455400), '$455,400'],
    [usd(632100), '$632,100'],
    [usd(1.2e9, 'at-least'), '≥ $1.2B'],
    [usd(10e6, 'at-most'), '≤ $10M'],
    [usd(10000, 'less-than'), '< $10,000'],
    [usd(1250.5), '$1,250.5'],
    [moneyFromNumber(100e6, 'CNY', 'approximately'), '≈ CNY 100M'],
    [moneyFromNumber(5e9, 'UZS'), 'UZS 5B'],
    [moneyFromNumber(5e12, 'UZS'), 'UZS 5T'],
    [inUsd(moneyFromNumber(100e6, 'CNY'), 13.9e6), 'CNY 100M ($13.9M)'],
    [inUsd(moneyFromNumber(100e6, 'CNY', 'more-than'), 13.9e6), '> CNY 100M (> $13.9M)'],
  ])('writes %o as %j', (money, expected) => {
    expect(formatMoney(money)).toBe(expected);
  });
});

describe('formatMoneyInWords', () => {
  it.each<[Money, string]>([
    [usd(700e6, 'approximately'), 'approximately USD 700 million'],
    [usd(500e6, 'more-than'), 'more than USD 500 million'],
    [usd(58.4e6), 'USD 58.4 million'],
    [usd(455400), 'USD 455,400'],
    [usd(3e6, 'at-least'), 'at least USD 3 million'],
    [usd(10e6, 'at-most'), 'up to USD 10 million'],
    [usd(1e6, 'less-than'), 'less than USD 1 million'],
    [usd(1.25e9), 'USD 1.25 billion'],
    [usd(1234567), 'USD 1,234,567'],
    [moneyFromNumber(5e9, 'UZS'), 'UZS 5 billion'],
    [inUsd(moneyFromNumber(100e6, 'CNY', 'approximately'), 13.9e6), 'approximately CNY 100 million (USD 13.9 million)'],
  ])('writes %o as %j', (money, expected) => {
    expect(formatMoneyInWords(money)).toBe(expected);
  });

  it.each([
    usd(700e6, 'approximately'),
    usd(1234567.5, 'more-than'),
    usd(0.5, 'less-than'),
    moneyFromNumber(5e9, 'UZS', 'at-least'),
    moneyFromNumber(123.45, 'EUR', 'at-most'),
    moneyFromNumber(2.5e12, 'CNY'),
  ])('reads its own words back: %o', (money) => {
    expect(parseMoney(formatMoneyInWords(money))).toEqual({ ok: true, value: money });
  });

  it('reads its own compact US dollar form back', () => {
    for (const money of [usd(700e6, 'approximately'), usd(455400, 'more-than'), usd(1.2e9, 'at-least'), usd(58.4e6)]) {
      expect(parseMoney(formatMoney(money))).toEqual({ ok: true, value: money });
    }
  });
});
