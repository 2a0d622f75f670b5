import type { DateUnit } from './partialDate.schema';

/** One unit of the calendar: the year 2025, its second quarter, June 2023, 8 November 1999. */
export type CalendarUnit =
  | { unit: 'year'; year: number }
  | { unit: 'half'; year: number; half: number }
  | { unit: 'quarter'; year: number; quarter: number }
  | { unit: 'month'; year: number; month: number }
  | { unit: 'day'; year: number; month: number; day: number };

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDay({ year, month, day }: CalendarDay): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function toIsoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day an ISO text names, or null when it is not YYYY-MM-DD or not a real day (2023-02-29). */
export function fromIsoDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : null;
}

/** First and last month of a unit; a day's unit is its month. */
function monthSpan(unit: CalendarUnit): [number, number] {
  switch (unit.unit) {
    case 'year':
      return [1, 12];
    case 'half':
      return [unit.half * 6 - 5, unit.half * 6];
    case 'quarter':
      return [unit.quarter * 3 - 2, unit.quarter * 3];
    case 'month':
    case 'day':
      return [unit.month, unit.month];
  }
}

export function firstDayOf(unit: CalendarUnit): CalendarDay {
  return { year: unit.year, month: monthSpan(unit)[0], day: unit.unit === 'day' ? unit.day : 1 };
}

export function lastDayOf(unit: CalendarUnit): CalendarDay {
  const month = monthSpan(unit)[1];
  return { year: unit.year, month, day: unit.unit === 'day' ? unit.day : daysInMonth(unit.year, month) };
}

/** The unit of the given kind that contains a day: the quarter holding 2025-05-14 is Q2 2025. */
export function unitContaining(unit: DateUnit, { year, month, day }: CalendarDay): CalendarUnit {
  switch (unit) {
    case 'year':
      return { unit, year };
    case 'half':
      return { unit, year, half: Math.ceil(month / 6) };
    case 'quarter':
      return { unit, year, quarter: Math.ceil(month / 3) };
    case 'month':
      return { unit, year, month };
    case 'day':
      return { unit, year, month, day };
  }
}

export function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
