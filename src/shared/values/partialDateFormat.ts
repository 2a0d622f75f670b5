import { fromIsoDay, MONTH_ABBREVIATIONS, unitContaining, type CalendarUnit } from './calendar';
import { APPROXIMATE_DATE_PREFIX } from './dateApproximation';
import type { PartialDate } from './partialDate.schema';

const DASH = '–';

/** The label of a unit inside its year: "Q2", "H1", "Jun", "8 Nov". */
function labelWithinYear(unit: CalendarUnit): string {
  switch (unit.unit) {
    case 'year':
      return '';
    case 'half':
      return `H${unit.half}`;
    case 'quarter':
      return `Q${unit.quarter}`;
    case 'month':
      return MONTH_ABBREVIATIONS[unit.month - 1];
    case 'day':
      return `${unit.day} ${MONTH_ABBREVIATIONS[unit.month - 1]}`;
  }
}

function withYear(unit: CalendarUnit): string {
  return unit.unit === 'year' ? String(unit.year) : `${labelWithinYear(unit)} ${unit.year}`;
}

/**
 * Writes a date as an analyst would: "8 Nov 1999", "Jun–Jul 2023", "Q1–Q2 2025", "2016–2025",
 * "23–26 Mar 2025", "30 Mar–2 Apr 2025"; what both ends share is written once. An approximate date
 * is written "c. 2021", which `parsePartialDate` reads back as approximate.
 */
export function formatPartialDate(date: PartialDate): string {
  const written = formatExactDate(date);
  return date.approximate ? `${APPROXIMATE_DATE_PREFIX}${written}` : written;
}

function formatExactDate(date: PartialDate): string {
  const startDay = fromIsoDay(date.start);
  const endDay = fromIsoDay(date.end);
  if (!startDay || !endDay) return `${date.start}${DASH}${date.end}`;
  const first = unitContaining(date.unit, startDay);
  const last = unitContaining(date.unit, endDay);
  const firstText = withYear(first);
  const lastText = withYear(last);
  if (firstText === lastText) return firstText;
  if (first.unit === 'year' || first.year !== last.year) return `${firstText}${DASH}${lastText}`;
  if (first.unit === 'day' && last.unit === 'day' && first.month === last.month) {
    return `${first.day}${DASH}${last.day} ${MONTH_ABBREVIATIONS[first.month - 1]} ${first.year}`;
  }
  return `${labelWithinYear(first)}${DASH}${lastText}`;
}
