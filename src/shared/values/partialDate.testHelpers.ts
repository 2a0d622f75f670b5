import { firstDayOf, lastDayOf, toIsoDay, type CalendarUnit } from './calendar';
import type { PartialDate } from './partialDate.schema';

/** Builds expected dates for tests from calendar units, so expectations read as "Q2 2025" rather than ISO pairs. */
export function span(first: CalendarUnit, last: CalendarUnit = first): PartialDate {
  return { unit: first.unit, start: toIsoDay(firstDayOf(first)), end: toIsoDay(lastDayOf(last)) };
}

export const day = (year: number, month: number, dayOfMonth: number): CalendarUnit => ({
  unit: 'day',
  year,
  month,
  day: dayOfMonth,
});
export const month = (year: number, monthOfYear: number): CalendarUnit => ({ unit: 'month', year, month: monthOfYear });
export const quarter = (year: number, quarterOfYear: number): CalendarUnit => ({ unit: 'quarter', year, quarter: quarterOfYear });
export const half = (year: number, halfOfYear: number): CalendarUnit => ({ unit: 'half', year, half: halfOfYear });
export const year = (value: number): CalendarUnit => ({ unit: 'year', year: value });
