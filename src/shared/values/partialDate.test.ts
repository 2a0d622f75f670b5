import { describe, expect, it } from 'vitest';
import type { CalendarUnit } from './calendar';
import { daysInMonth } from './calendar';
import {
  comparePartialDates,
  excelSerialToPartialDate,
  formatPartialDate,
  parsePartialDate,
  partialDateFromDay,
  partialDateFromJsDate,
} from './partialDate';
import { partialDateSchema, type PartialDate } from './partialDate.schema';
import { day, half, month, quarter, span, year } from './partialDate.testHelpers';

describe('formatPartialDate', () => {
  it.each<[PartialDate, string]>([
    [span(day(1999, 11, 8)), '8 Nov 1999'],
    [span(month(2023, 6)), 'Jun 2023'],
    [span(month(2023, 6), month(2023, 7)), 'Jun–Jul 2023'],
    [span(month(2023, 12), month(2024, 1)), 'Dec 2023–Jan 2024'],
    [span(year(2006)), '2006'],
    [span(year(2016), year(2025)), '2016–2025'],
    [span(quarter(2025, 2)), 'Q2 2025'],
    [span(quarter(2025, 1), quarter(2025, 2)), 'Q1–Q2 2025'],
    [span(quarter(2024, 4), quarter(2025, 1)), 'Q4 2024–Q1 2025'],
    [span(half(2025, 1)), 'H1 2025'],
    [span(half(2024, 2), half(2025, 1)), 'H2 2024–H1 2025'],
    [span(day(2025, 3, 23), day(2025, 3, 26)), '23–26 Mar 2025'],
    [span(day(2025, 3, 30), day(2025, 4, 2)), '30 Mar–2 Apr 2025'],
    [span(day(2024, 12, 30), day(2025, 1, 2)), '30 Dec 2024–2 Jan 2025'],
  ])('writes %o as %j', (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected);
  });

  it('falls back to the raw ends for text that is not a real day', () => {
    expect(formatPartialDate({ unit: 'day', start: '2023-02-30', end: '2023-02-30' })).toBe('2023-02-30–2023-02-30');
  });
});

/** A small deterministic generator, so a failing case can be reproduced from its seed. */
function randomSource(seed: number): (max: number) => number {
  let state = seed;
  return (max) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * max);
  };
}

function randomUnit(kind: CalendarUnit['unit'], next: (max: number) => number, baseYear: number): CalendarUnit {
  const y = baseYear;
  const m = 1 + next(12);
  switch (kind) {
    case 'year':
      return year(y);
    case 'half':
      return half(y, 1 + next(2));
    case 'quarter':
      return quarter(y, 1 + next(4));
    case 'month':
      return month(y, m);
    case 'day':
      return day(y, m, 1 + next(daysInMonth(y, m)));
  }
}

describe('formatPartialDate and parsePartialDate round-trip', () => {
  const kinds = ['year', 'half', 'quarter', 'month', 'day'] as const;

  it.each(kinds)('reads back every %s, single and as a range within and across years', (kind) => {
    const next = randomSource(kinds.indexOf(kind) + 1);
    for (let index = 0; index < 400; index += 1) {
      const startYear = 1900 + next(200);
      const first = randomUnit(kind, next, startYear);
      const shape = next(3);
      const last = shape === 0 ? first : randomUnit(kind, next, shape === 1 ? startYear : startYear + 1 + next(10));
      const exact = span(first, last);
      if (exact.start > exact.end) continue;
      // Every fourth date estimated ("c. Q2 2025"), which must come back approximate and otherwise the same.
      const date = index % 4 === 0 ? { ...exact, approximate: true as const } : exact;
      const text = formatPartialDate(date);
      expect(parsePartialDate(text), text).toEqual({ ok: true, value: date });
    }
  });
});

describe('partialDateFromDay and partialDateFromJsDate', () => {
  it('makes a single day', () => {
    expect(partialDateFromDay(1999, 11, 8)).toEqual({ unit: 'day', start: '1999-11-08', end: '1999-11-08' });
    expect(partialDateFromDay(2024, 2, 29)).toEqual(span(day(2024, 2, 29)));
  });

  it.each([
    [2023, 2, 29],
    [2024, 13, 1],
    [2024, 4, 31],
    [2024, 1, 0],
    [2024.5, 1, 1],
  ])('refuses %d-%d-%d', (y, m, d) => {
    expect(() => partialDateFromDay(y, m, d)).toThrow(RangeError);
  });

  it('uses the UTC calendar day, whatever the local time zone', () => {
    expect(partialDateFromJsDate(new Date(Date.UTC(1999, 10, 8, 23, 59)))).toEqual(span(day(1999, 11, 8)));
    expect(partialDateFromJsDate(new Date('2025-06-30T00:00:00Z'))).toEqual(span(day(2025, 6, 30)));
  });

  it('refuses an invalid Date', () => {
    expect(() => partialDateFromJsDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('excelSerialToPartialDate', () => {
  it.each<[number, boolean, PartialDate]>([
    [1, false, span(day(1900, 1, 1))],
    [59, false, span(day(1900, 2, 28))],
    [61, false, span(day(1900, 3, 1))],
    [36472, false, span(day(1999, 11, 8))],
    [45658, false, span(day(2025, 1, 1))],
    [45658.75, false, span(day(2025, 1, 1))],
    [2958465, false, span(day(9999, 12, 31))],
    [0, true, span(day(1904, 1, 1))],
    [35010, true, span(day(1999, 11, 8))],
    [2957003, true, span(day(9999, 12, 31))],
  ])('reads serial %d (1904 system: %s)', (serial, date1904, expected) => {
    expect(excelSerialToPartialDate(serial, date1904)).toEqual({ ok: true, value: expected });
  });

  it('refuses serial 60, the 29 February 1900 that Excel invented', () => {
    const result = excelSerialToPartialDate(60);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/serial 60 is 29 February 1900, a day that does not exist/);
  });

  it.each([
    [0, false],
    [-1, false],
    [2958466, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    [-1, true],
    [2957004, true],
  ])('refuses serial %d (1904 system: %s) as outside what Excel can show', (serial, date1904) => {
    const result = excelSerialToPartialDate(serial, date1904);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(`serial ${serial} is outside the range`);
  });
});

describe('comparePartialDates', () => {
  it('sorts by start, then by end', () => {
    const dates = [
      span(year(2025)),
      span(day(2025, 1, 1)),
      span(quarter(2024, 4)),
      span(half(2025, 1)),
      span(year(2016), year(2025)),
      span(month(2025, 1)),
      span(quarter(2025, 1)),
    ];
    expect([...dates].sort(comparePartialDates).map(formatPartialDate)).toEqual([
      '2016–2025',
      'Q4 2024',
      '1 Jan 2025',
      'Jan 2025',
      'Q1 2025',
      'H1 2025',
      '2025',
    ]);
  });

  it('returns zero only for the same span', () => {
    expect(comparePartialDates(span(year(2025)), span(year(2025)))).toBe(0);
    expect(comparePartialDates(span(year(2024)), span(year(2025)))).toBe(-1);
    expect(comparePartialDates(span(year(2025)), span(quarter(2025, 1)))).toBe(1);
  });
});

describe('partialDateSchema', () => {
  it.each<PartialDate>([
    span(day(1999, 11, 8)),
    span(month(2024, 2)),
    span(quarter(2025, 2), quarter(2025, 3)),
    span(half(2024, 2), half(2025, 1)),
    span(year(2016), year(2025)),
  ])('accepts %o', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(true);
  });

  it.each<PartialDate>([
    { unit: 'month', start: '2024-02-02', end: '2024-02-29' },
    { unit: 'month', start: '2024-02-01', end: '2024-02-28' },
    { unit: 'quarter', start: '2025-02-01', end: '2025-06-30' },
    { unit: 'half', start: '2025-01-01', end: '2025-09-30' },
    { unit: 'year', start: '2025-01-01', end: '2025-12-30' },
    { unit: 'day', start: '2023-02-29', end: '2023-02-29' },
    { unit: 'day', start: '2025-03-02', end: '2025-03-01' },
    { unit: 'day', start: '2025-3-1', end: '2025-03-01' },
    { unit: 'week', start: '2025-03-03', end: '2025-03-09' } as unknown as PartialDate,
  ])('refuses %o', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(false);
  });
});
