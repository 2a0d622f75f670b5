import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './partialDate';
import type { PartialDate } from './partialDate.schema';
import { partialDateSchema } from './partialDate.schema';
import { day, half, month, quarter, span, year } from './partialDate.testHelpers';

function expectDate(text: string, expected: PartialDate, dayFirst?: boolean) {
  const result = parsePartialDate(text, { dayFirst });
  expect(result, text).toEqual({ ok: true, value: expected });
  if (result.ok) expect(partialDateSchema.safeParse(result.value).success).toBe(true);
}

describe('parsePartialDate in English and numeric forms', () => {
  it.each<[string, PartialDate]>([
    ['1999-11-08', span(day(1999, 11, 8))],
    ['1999-11', span(month(1999, 11))],
    ['8 November 1999', span(day(1999, 11, 8))],
    ['November 8, 1999', span(day(1999, 11, 8))],
    ['Nov 8 1999', span(day(1999, 11, 8))],
    ['Nov. 8th, 1999', span(day(1999, 11, 8))],
    ['8th of November 1999', span(day(1999, 11, 8))],
    ['08.11.1999', span(day(1999, 11, 8))],
    ['11.1999', span(month(1999, 11))],
    ['2006', span(year(2006))],
    ['Nov 1999', span(month(1999, 11))],
    ['November 1999', span(month(1999, 11))],
    ['Sept 2024', span(month(2024, 9))],
    ['Q2 2025', span(quarter(2025, 2))],
    ['2025 Q2', span(quarter(2025, 2))],
    ['2Q2025', span(quarter(2025, 2))],
    ['2025Q2', span(quarter(2025, 2))],
    ['Q2-2025', span(quarter(2025, 2))],
    ['Q1–Q2 2025', span(quarter(2025, 1), quarter(2025, 2))],
    ['Q4 2024–Q1 2025', span(quarter(2024, 4), quarter(2025, 1))],
    ['H1 2025', span(half(2025, 1))],
    ['1H 2025', span(half(2025, 1))],
    ['first half of 2025', span(half(2025, 1))],
    ['second half of 2024', span(half(2024, 2))],
    ['1st half of 2025', span(half(2025, 1))],
    ['2nd quarter 2025', span(quarter(2025, 2))],
    ['the third quarter of 2023', span(quarter(2023, 3))],
    ['June and July 2023', span(month(2023, 6), month(2023, 7))],
    ['June–July 2023', span(month(2023, 6), month(2023, 7))],
    ['Jun-Jul 2023', span(month(2023, 6), month(2023, 7))],
    ['Dec 2023–Jan 2024', span(month(2023, 12), month(2024, 1))],
    ['Dec–Jan 2024', span(month(2023, 12), month(2024, 1))],
    ['2016–2025', span(year(2016), year(2025))],
    ['2016—2025', span(year(2016), year(2025))],
    ['2016-2025', span(year(2016), year(2025))],
    ['2016 to 2025', span(year(2016), year(2025))],
    ['from 2016 to 2025', span(year(2016), year(2025))],
    ['2016–17', span(year(2016), year(2017))],
    ['March 23–26, 2025', span(day(2025, 3, 23), day(2025, 3, 26))],
    ['23–26 March 2025', span(day(2025, 3, 23), day(2025, 3, 26))],
    ['30 March–2 April 2025', span(day(2025, 3, 30), day(2025, 4, 2))],
    ['1999-11-08/1999-12-01', span(day(1999, 11, 8), day(1999, 12, 1))],
    ['1999-11-08 to 1999-12-01', span(day(1999, 11, 8), day(1999, 12, 1))],
    ['by the end of 2024', span(year(2024))],
    ['end of 2024', span(year(2024))],
    ['at the end of Q2 2025', span(quarter(2025, 2))],
    ['as of the second quarter of 2025', span(quarter(2025, 2))],
    ['as of 1 July 2025', span(day(2025, 7, 1))],
    ['in 2019', span(year(2019))],
    ['  2006 \n', span(year(2006))],
    ['２０２５年', span(year(2025))],
    ['29 February 2024', span(day(2024, 2, 29))],
  ])('reads %j', (text, expected) => expectDate(text, expected));
});

describe('parsePartialDate with slashes', () => {
  it.each<[string, boolean | undefined, PartialDate]>([
    ['8/11/1999', true, span(day(1999, 11, 8))],
    ['11/8/1999', false, span(day(1999, 11, 8))],
    ['25/12/2024', undefined, span(day(2024, 12, 25))],
    ['12/25/2024', undefined, span(day(2024, 12, 25))],
    ['12/25/2024', true, span(day(2024, 12, 25))],
    ['05/05/2024', undefined, span(day(2024, 5, 5))],
    ['11/1999', undefined, span(month(1999, 11))],
    ['01/03/2025–15/03/2025', true, span(day(2025, 3, 1), day(2025, 3, 15))],
  ])('reads %j with dayFirst %s', (text, dayFirst, expected) => expectDate(text, expected, dayFirst));

  it('asks the analyst to choose when both numbers could be the month', () => {
    const result = parsePartialDate('03/04/2024');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('“03/04/2024”');
    expect(result.message).toMatch(/ambiguous/);
    expect(result.message).toMatch(/3 April 2024 \(day first\) or 4 March 2024 \(month first\)/);
    expect(result.message).toMatch(/choose day-first or month-first/i);
  });

  it('keeps the dot form day-first even when month-first is chosen', () => {
    expectDate('08.11.1999', span(day(1999, 11, 8)), false);
  });
});

describe('parsePartialDate in Russian and Uzbek', () => {
  it.each<[string, PartialDate]>([
    ['8 ноября 1999 г.', span(day(1999, 11, 8))],
    ['8 ноября 1999 года', span(day(1999, 11, 8))],
    ['ноябрь 1999', span(month(1999, 11))],
    ['в ноябре 1999 года', span(month(1999, 11))],
    ['1 мая 2024', span(day(2024, 5, 1))],
    ['май 2024', span(month(2024, 5))],
    ['март 2024', span(month(2024, 3))],
    ['15 марта 2024 г.', span(day(2024, 3, 15))],
    ['сент. 2024', span(month(2024, 9))],
    ['июнь–июль 2023', span(month(2023, 6), month(2023, 7))],
    ['июнь и июль 2023 г.', span(month(2023, 6), month(2023, 7))],
    ['2 квартал 2025', span(quarter(2025, 2))],
    ['2-й квартал 2025 г.', span(quarter(2025, 2))],
    ['II квартал 2025', span(quarter(2025, 2))],
    ['IV кв. 2024', span(quarter(2024, 4))],
    ['во втором квартале 2025 года', span(quarter(2025, 2))],
    ['1-е полугодие 2025', span(half(2025, 1))],
    ['первое полугодие 2025 г.', span(half(2025, 1))],
    ['1-я половина 2025 года', span(half(2025, 1))],
    ['вторая половина 2024 г.', span(half(2024, 2))],
    ['3-го квартала 2024 года', span(quarter(2024, 3))],
    ['2024 год', span(year(2024))],
    ['с 2016 по 2025 год', span(year(2016), year(2025))],
    ['2016–2025 гг.', span(year(2016), year(2025))],
    ['2016 до 2025', span(year(2016), year(2025))],
    ['к концу 2024 года', span(year(2024))],
    ['по состоянию на 1 июля 2025 г.', span(day(2025, 7, 1))],
    ['8-noyabr 1999', span(day(1999, 11, 8))],
    ['1999-yil 8-noyabr', span(day(1999, 11, 8))],
    ['iyun 2023', span(month(2023, 6))],
    ['yanvar 2024', span(month(2024, 1))],
    ['fevral 2024', span(month(2024, 2))],
    ['mart 2024', span(month(2024, 3))],
    ['aprel 2024', span(month(2024, 4))],
    ['may 2024', span(month(2024, 5))],
    ['iyul 2024', span(month(2024, 7))],
    ['avgust 2024', span(month(2024, 8))],
    ['sentyabr 2024', span(month(2024, 9))],
    ['oktyabr 2024', span(month(2024, 10))],
    ['noyabr 2024', span(month(2024, 11))],
    ['dekabr 2024', span(month(2024, 12))],
    ['8 ноябр 1999', span(day(1999, 11, 8))],
    ['2024 йил декабр', span(month(2024, 12))],
    ['2025-yil 2-chorak', span(quarter(2025, 2))],
    ['2025 yilning birinchi yarmi', span(half(2025, 1))],
    ['iyun va iyul 2023', span(month(2023, 6), month(2023, 7))],
    ['2016 gacha 2025', span(year(2016), year(2025))],
    ['2016-yildan 2025-yilgacha', span(year(2016), year(2025))],
  ])('reads %j', (text, expected) => expectDate(text, expected));
});

describe('parsePartialDate in Chinese', () => {
  it.each<[string, PartialDate]>([
    ['1999年11月8日', span(day(1999, 11, 8))],
    ['2023年6月', span(month(2023, 6))],
    ['2025年', span(year(2025))],
    ['2025年第二季度', span(quarter(2025, 2))],
    ['2025年二季度', span(quarter(2025, 2))],
    ['2025年上半年', span(half(2025, 1))],
    ['2024年下半年', span(half(2024, 2))],
    ['2016—2025年', span(year(2016), year(2025))],
    ['2016年至2025年', span(year(2016), year(2025))],
    ['2025年1-6月', span(month(2025, 1), month(2025, 6))],
    ['截至2024年底', span(year(2024))],
  ])('reads %j', (text, expected) => expectDate(text, expected));
});

describe('parsePartialDate errors', () => {
  it.each([
    ['', /the text is empty/],
    ['31 February 2024', /February 2024 has no day 31 \(it has 29 days\)/],
    ['31.04.2025', /April 2025 has no day 31/],
    ['2023-02-29', /February 2023 has no day 29/],
    ['1999-13-01', /there is no month 13/],
    ['Q5 2025', /the word “q” is not a month/],
    ['5 квартал 2025', /there is no quarter 5/],
    ['November 8', /needs a year/],
    ['yanvar', /needs a year/],
    ['8', /8 alone is not a date/],
    ['early 2025', /the word “early” is not a month/],
    ['2025–2016', /ends before it starts/],
    ['Q2 2024–2025', /same kind of period/],
    ['2016 – June 2025', /not a year and a month/],
    ['2016–', /missing its end/],
    ['– 2016', /missing its start/],
    ['12345', /“12345” is not a year/],
    ['99', /99 alone is not a date/],
    ['second 2025', /“second” must be followed by “quarter” or “half”/],
    ['quarter 2025', /needs a number before it/],
    ['June 2023 Q2', /mixes a month and a quarter/],
    ['2024 2025', /more than one year/],
    ['5 6 June 2025', /more than one day number/],
    ['13/14/2024', /neither 13 nor 14 can be a month/],
    ['2025 (draft)', /the character “\(” has no place in a date/],
    ['c.', /says the date is approximate but gives no date/],
    ['下周', /“下周” is not part of a date/],
  ])('rejects %j with a message quoting it', (text, reason) => {
    const result = parsePartialDate(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`“${text}”`);
    expect(result.message).toMatch(reason);
    expect(result.message).toMatch(/^Could not read .* as a date: .*\. Write it like 1999-11-08, .*\.$/);
  });
});
