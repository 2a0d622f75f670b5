import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, parsePartialDate } from './partialDate';
import { partialDateSchema, type PartialDate } from './partialDate.schema';
import { withApproximation } from './dateApproximation';
import { day, month, quarter, span, year } from './partialDate.testHelpers';

const approximately = (date: PartialDate): PartialDate => ({ ...date, approximate: true });

describe('parsePartialDate reads an estimated date as approximate', () => {
  it.each<[string, PartialDate]>([
    ['c. 2021', span(year(2021))],
    ['c.2021', span(year(2021))],
    ['C. 15 Mar 2021', span(day(2021, 3, 15))],
    ['ca. March 2021', span(month(2021, 3))],
    ['circa 2021', span(year(2021))],
    ['about 15 March 2021', span(day(2021, 3, 15))],
    ['around 2016–2025', span(year(2016), year(2025))],
    ['approx. Q2 2025', span(quarter(2025, 2))],
    ['approximately Q2 2025', span(quarter(2025, 2))],
    ['~2021', span(year(2021))],
    ['～2021', span(year(2021))],
    ['≈ 2021', span(year(2021))],
    ['in c. 2021', span(year(2021))],
    ['2021 (approx.)', span(year(2021))],
    ['2025 (est.)', span(year(2025))],
    ['около 2021', span(year(2021))],
    ['ок. 2021 г.', span(year(2021))],
    ['примерно в марте 2021 года', span(month(2021, 3))],
    ['приблизительно 2021', span(year(2021))],
    ['taxminan 2021 yil', span(year(2021))],
    ['тахминан 2021 йил', span(year(2021))],
    ['约2021年', span(year(2021))],
    ['大约2021年3月', span(month(2021, 3))],
    ['2021年左右', span(year(2021))],
  ])('reads %j', (text, exact) => {
    const result = parsePartialDate(text);
    expect(result, text).toEqual({ ok: true, value: approximately(exact) });
    if (result.ok) expect(partialDateSchema.safeParse(result.value).success).toBe(true);
  });

  it.each<[string, PartialDate]>([
    ['calendar year 2021', span(year(2021))],
    ['октябрь 2021', span(month(2021, 10))],
    ['in 2021', span(year(2021))],
  ])('leaves %j exact: a word that only starts like a marker is not one', (text, exact) => {
    const result = parsePartialDate(text);
    expect(result).toEqual({ ok: true, value: exact });
    if (result.ok) expect('approximate' in result.value).toBe(false);
  });
});

describe('formatPartialDate writes an approximate date with "c."', () => {
  it.each<[PartialDate, string]>([
    [approximately(span(day(2021, 3, 15))), 'c. 15 Mar 2021'],
    [approximately(span(year(2021))), 'c. 2021'],
    [approximately(span(quarter(2025, 1), quarter(2025, 2))), 'c. Q1–Q2 2025'],
    [span(year(2021)), '2021'],
  ])('writes %o as %j, which reads back as the same date', (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
    expect(parsePartialDate(text)).toEqual({ ok: true, value: date });
  });
});

describe('an approximate date', () => {
  it('is valid with the flag and without it, and never with the flag false', () => {
    expect(partialDateSchema.safeParse(approximately(span(year(2021)))).success).toBe(true);
    expect(partialDateSchema.safeParse(span(year(2021))).success).toBe(true);
    expect(partialDateSchema.safeParse({ ...span(year(2021)), approximate: false }).success).toBe(false);
  });

  it('sorts as the exact date does', () => {
    expect(comparePartialDates(approximately(span(year(2021))), span(year(2021)))).toBe(0);
    expect(comparePartialDates(approximately(span(year(2020))), span(year(2021)))).toBe(-1);
  });

  it('is marked and unmarked without an `approximate` key left on an exact date', () => {
    const exact = span(month(2021, 3));
    expect(withApproximation(exact, true)).toEqual(approximately(exact));
    const unmarked = withApproximation(approximately(exact), false);
    expect(unmarked).toEqual(exact);
    expect(Object.keys(unmarked)).toEqual(['unit', 'start', 'end']);
  });
});
