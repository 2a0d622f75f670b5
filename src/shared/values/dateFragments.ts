import { firstDayOf, isRealDay, lastDayOf, MONTH_NAMES, toIsoDay, type CalendarUnit } from './calendar';
import type { DateFields, DateToken } from './dateTokens';
import type { DateUnit, PartialDate } from './partialDate.schema';
import { quoteValue } from './quoteValue';

export interface DateParseOptions {
  /** How to read 03/04/2024; undefined makes such dates an error asking the analyst to choose. */
  dayFirst?: boolean;
}

/** What one side of a range says, possibly incomplete: "March 23" lacks its year, "23" even its month. */
interface Fragment extends DateFields {
  /** A lone small number whose meaning the other side of a range decides: the 23 in "23–26 March 2025". */
  bare?: { value: number; digits: number };
}

/** Why text is not a date, and what to tell the analyst to do about it. */
export interface DateProblem {
  reason: string;
  /** Replaces the list of accepted examples when there is a more useful instruction. */
  advice?: string;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; problem: DateProblem };
const problem = <T>(reason: string, advice?: string): Outcome<T> => ({ ok: false, problem: { reason, advice } });
const success = <T>(value: T): Outcome<T> => ({ ok: true, value });

const FIELD_NAMES: Readonly<Record<keyof DateFields, string>> = {
  year: 'year',
  half: 'half-year',
  quarter: 'quarter',
  month: 'month',
  day: 'day',
};

function setField(fragment: Fragment, field: keyof DateFields, value: number): Outcome<Fragment> {
  if (fragment[field] !== undefined) return problem(`it gives more than one ${FIELD_NAMES[field]}`);
  fragment[field] = value;
  return success(fragment);
}

function readSlashed(token: Extract<DateToken, { kind: 'slashed' }>, dayFirst: boolean | undefined): Outcome<DateFields> {
  const { first, second, year } = token;
  // A number above 12 cannot be a month, so it settles the order whatever the column's convention.
  if (first > 12 && second > 12) return problem(`in ${quoteValue(token.text)} neither ${first} nor ${second} can be a month`);
  if (first > 12 || (second <= 12 && dayFirst === true) || first === second) return success({ day: first, month: second, year });
  if (second > 12 || dayFirst === false) return success({ day: second, month: first, year });
  const dayFirstReading = `${first} ${MONTH_NAMES[second - 1]} ${year}`;
  const monthFirstReading = `${second} ${MONTH_NAMES[first - 1]} ${year}`;
  return problem(
    `${quoteValue(token.text)} is ambiguous: it could be ${dayFirstReading} (day first) or ${monthFirstReading} (month first)`,
    'Choose day-first or month-first for these dates.',
  );
}

/** Reads the tokens of one date, or of one side of a range, without deciding yet whether it is complete. */
export function readFragment(tokens: readonly DateToken[], options: DateParseOptions): Outcome<Fragment> {
  const fragment: Fragment = {};
  const bareNumbers: { value: number; digits: number }[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    const nextWord = next?.kind === 'word' ? next.word.kind : null;
    if (token.kind === 'fields' || token.kind === 'slashed') {
      const fields = token.kind === 'fields' ? success(token.fields) : readSlashed(token, options.dayFirst);
      if (!fields.ok) return fields;
      for (const [field, value] of Object.entries(fields.value) as [keyof DateFields, number][]) {
        const merged = setField(fragment, field, value);
        if (!merged.ok) return merged;
      }
      continue;
    }
    if (token.kind === 'separator') return problem(`${quoteValue(token.text)} joins two dates, but one side is missing`);
    const ordinal = token.kind === 'word' && token.word.kind === 'ordinal' ? token.word.value : null;
    if (token.kind === 'number' || ordinal !== null) {
      if (nextWord === 'quarter' || nextWord === 'half') {
        const merged = setField(fragment, nextWord, ordinal ?? Number(token.text));
        if (!merged.ok) return merged;
        index += 1;
        continue;
      }
      if (token.kind !== 'number') return problem(`${quoteValue(token.text)} must be followed by “quarter” or “half”`);
      if (token.digits === 4) {
        const merged = setField(fragment, 'year', token.value);
        if (!merged.ok) return merged;
      } else if (token.digits <= 2) {
        bareNumbers.push({ value: token.value, digits: token.digits });
      } else {
        return problem(`${quoteValue(token.text)} is not a year (four digits), a month or a day`);
      }
      continue;
    }
    const word = token.word;
    if (word.kind === 'month') {
      const merged = setField(fragment, 'month', word.month);
      if (!merged.ok) return merged;
    } else if (word.kind === 'quarter' || word.kind === 'half') {
      return problem(
        `${quoteValue(token.text)} needs a number before it, as in “Q2 2025”, “2 квартал 2025” or “first half of 2025”`,
      );
    }
  }
  if (bareNumbers.length > 1) return problem('it has more than one day number');
  if (bareNumbers.length === 1) {
    if (fragment.month !== undefined && fragment.day === undefined) fragment.day = bareNumbers[0].value;
    else fragment.bare = bareNumbers[0];
  }
  const periods = (['month', 'quarter', 'half'] as const).filter((field) => fragment[field] !== undefined);
  if (periods.length > 1) return problem(`it mixes a ${FIELD_NAMES[periods[0]]} and a ${FIELD_NAMES[periods[1]]}`);
  return success(fragment);
}

function unitOf(fragment: Fragment): DateUnit | null {
  if (fragment.day !== undefined) return 'day';
  if (fragment.month !== undefined) return 'month';
  if (fragment.quarter !== undefined) return 'quarter';
  if (fragment.half !== undefined) return 'half';
  return fragment.year !== undefined ? 'year' : null;
}

const inRange = (value: number | undefined, max: number): value is number => value !== undefined && value >= 1 && value <= max;

/** Checks a complete fragment against the calendar: quarter 1–4, month 1–12, and a day the month really has. */
function toCalendarUnit(fragment: Fragment, unit: DateUnit): Outcome<CalendarUnit> {
  const { year, month, day, quarter, half } = fragment;
  if (year === undefined) return problem('it needs a year');
  if (year < 1000) return problem(`${year} is not a four-digit year`);
  switch (unit) {
    case 'year':
      return success({ unit, year });
    case 'quarter':
      return inRange(quarter, 4) ? success({ unit, year, quarter }) : problem(`there is no quarter ${quarter}`);
    case 'half':
      return inRange(half, 2) ? success({ unit, year, half }) : problem(`there is no half-year ${half}`);
  }
  if (month === undefined) return problem('it needs a month');
  if (!inRange(month, 12)) return problem(`there is no month ${month}`);
  if (unit === 'month') return success({ unit, year, month });
  if (day === undefined) return problem('it needs a day');
  if (!isRealDay({ year, month, day })) {
    const daysThatMonth = lastDayOf({ unit: 'month', year, month }).day;
    return problem(`${MONTH_NAMES[month - 1]} ${year} has no day ${day} (it has ${daysThatMonth} days)`);
  }
  return success({ unit, year, month, day });
}

function toPartialDate(first: CalendarUnit, last: CalendarUnit): Outcome<PartialDate> {
  const start = toIsoDay(firstDayOf(first));
  const end = toIsoDay(lastDayOf(last));
  return start <= end ? success({ unit: first.unit, start, end }) : problem('the range ends before it starts');
}

export function resolveSingle(fragment: Fragment): Outcome<PartialDate> {
  const unit = unitOf(fragment);
  if (!unit)
    return problem(fragment.bare ? `${fragment.bare.value} alone is not a date; add a month and a year` : 'it contains no date');
  if (fragment.bare) return problem(`it has a number, ${fragment.bare.value}, that is not a day, month or year`);
  const calendarUnit = toCalendarUnit(fragment, unit);
  return calendarUnit.ok ? toPartialDate(calendarUnit.value, calendarUnit.value) : calendarUnit;
}

/** Gives a lone number the meaning the other side of the range has: the "23" of "23–26 March" is a day. */
function settleBareNumber(fragment: Fragment, unit: DateUnit, other: Fragment, isEnd: boolean): Outcome<Fragment> {
  if (!fragment.bare) return success(fragment);
  const { bare, ...rest } = fragment;
  if (unit !== 'year') return success({ ...rest, [unit]: bare.value });
  // "2016–17" shortens the end year to its last two digits.
  if (isEnd && bare.digits === 2 && other.year !== undefined) {
    const year = Math.floor(other.year / 100) * 100 + bare.value;
    if (year > other.year) return success({ ...rest, year });
  }
  return problem(`${bare.value} is not a four-digit year`);
}

export function resolveRange(startFragment: Fragment, endFragment: Fragment): Outcome<PartialDate> {
  // A side with a lone number takes its kind from the other side: "2025年1-6月" is January to June.
  const unit = startFragment.bare ? unitOf(endFragment) : unitOf(startFragment);
  if (!unit) return problem('neither side of the range is a complete enough date');
  const start = settleBareNumber(startFragment, unit, endFragment, false);
  const end = settleBareNumber(endFragment, unit, startFragment, true);
  if (!start.ok) return start;
  if (!end.ok) return end;
  const startUnit = unitOf(start.value);
  const endUnit = unitOf(end.value);
  if (startUnit !== endUnit)
    return problem(`both ends of a range must be the same kind of period, not a ${startUnit} and a ${endUnit}`);

  // The start borrows what it leaves out from the end ("June–July 2023"), and the end from the start ("March 23–26, 2025").
  const borrowed = (['year', 'month'] as const).filter((field) => start.value[field] === undefined);
  const first = { ...start.value };
  const last = { ...end.value };
  for (const field of ['year', 'month'] as const) {
    first[field] ??= end.value[field];
    last[field] ??= start.value[field];
  }
  const firstUnit = toCalendarUnit(first, unit);
  const lastUnit = toCalendarUnit(last, unit);
  if (!firstUnit.ok) return firstUnit;
  if (!lastUnit.ok) return lastUnit;
  const range = toPartialDate(firstUnit.value, lastUnit.value);
  // "Dec–Jan 2024" starts in the year before the one it names.
  if (!range.ok && borrowed.includes('year') && first.year !== undefined) {
    const previousYear = toCalendarUnit({ ...first, year: first.year - 1 }, unit);
    if (previousYear.ok) return toPartialDate(previousYear.value, lastUnit.value);
  }
  return range;
}
