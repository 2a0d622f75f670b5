import { isRealDay, toIsoDay } from './calendar';
import { withApproximation, withoutApproximateMarkers } from './dateApproximation';
import { readFragment, resolveRange, resolveSingle, type DateParseOptions, type DateProblem } from './dateFragments';
import { tokenizeDate, type DateToken } from './dateTokens';
import { stripLeadingPhrases } from './dateWords';
import type { PartialDate } from './partialDate.schema';
import { parsed, parseFailure, unreadableAs, type ParseResult } from './parseResult';

export type { DateParseOptions } from './dateFragments';
export { formatPartialDate } from './partialDateFormat';

const EXAMPLES =
  'Write it like 1999-11-08, 8 November 1999, Nov 1999, Q2 2025, H1 2025, 2016–2025, June–July 2023, 23–26 March 2025, 8 ноября 1999 г. or 2025年第二季度, with “c.” before an estimated date.';

type Attempt = { ok: true; value: PartialDate } | { ok: false; problem: DateProblem };

/**
 * Reads a date as precise as the source gives it, in English, Russian, Uzbek or Chinese:
 * a day, month, quarter, half-year or year, or a range of one of these ("Q1–Q2 2025", "2016 to 2025"),
 * marked approximate where the source says it is estimated ("c. 2021", "около 2021 г.", "约2021年").
 */
export function parsePartialDate(text: string, options: DateParseOptions = {}): ParseResult<PartialDate> {
  // NFKC turns full-width digits and Roman numeral signs (２０２５, Ⅱ) into plain ones.
  const normalized = stripLeadingPhrases(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
  if (normalized === '') return dateError(text, { reason: 'the text is empty' });
  // "in c. 2021" and "c. in 2021" alike: the phrases may stand on either side of the marker.
  const marked = withoutApproximateMarkers(normalized);
  const exactText = stripLeadingPhrases(marked.text);
  if (exactText === '') return dateError(text, { reason: 'it says the date is approximate but gives no date' });
  const tokenized = tokenizeDate(exactText);
  if (!tokenized.ok) return dateError(text, { reason: tokenized.reason });
  const attempt = readTokens(tokenized.tokens, options);
  if (!attempt.ok) return dateError(text, attempt.problem);
  return parsed(marked.approximate ? withApproximation(attempt.value, true) : attempt.value);
}

function dateError(text: string, { reason, advice }: DateProblem): ParseResult<PartialDate> {
  return unreadableAs({ text, as: 'a date', reason, hint: advice }, advice ? '' : EXAMPLES);
}

function readSingle(tokens: readonly DateToken[], options: DateParseOptions): Attempt {
  const fragment = readFragment(tokens, options);
  return fragment.ok ? resolveSingle(fragment.value) : fragment;
}

function readTokens(tokens: readonly DateToken[], options: DateParseOptions): Attempt {
  const separators = tokens.flatMap((token, index) => (token.kind === 'separator' ? [index] : []));
  if (separators.length === 0) return readSingle(tokens, options);
  let firstFailure: Attempt | null = null;
  for (const index of separators) {
    const range = readRange(tokens.slice(0, index), tokens.slice(index + 1), options);
    if (range.ok) return range;
    firstFailure ??= range;
  }
  // Dashes and slashes sometimes only join parts of one date: "Q2-2025", "Nov-1999".
  const joined = tokens.filter((token) => !(token.kind === 'separator' && token.punctuation));
  const openEnded = tokens[0].kind === 'separator' || tokens[tokens.length - 1].kind === 'separator';
  if (joined.length < tokens.length && !openEnded) {
    const single = readSingle(joined, options);
    if (single.ok) return single;
  }
  return firstFailure ?? readSingle(tokens, options);
}

function readRange(startTokens: readonly DateToken[], endTokens: readonly DateToken[], options: DateParseOptions): Attempt {
  if (startTokens.length === 0 || endTokens.length === 0) {
    return { ok: false, problem: { reason: `the range is missing its ${startTokens.length === 0 ? 'start' : 'end'}` } };
  }
  const start = readFragment(startTokens, options);
  if (!start.ok) return start;
  const end = readFragment(endTokens, options);
  if (!end.ok) return end;
  return resolveRange(start.value, end.value);
}

/** A single day from numbers already known to form a real day; anything else is a programming error. */
export function partialDateFromDay(year: number, month: number, day: number): PartialDate {
  if (!isRealDay({ year, month, day })) throw new RangeError(`${year}-${month}-${day} is not a real calendar day.`);
  const iso = toIsoDay({ year, month, day });
  return { unit: 'day', start: iso, end: iso };
}

/** The UTC calendar day of a Date, since SheetJS is read with UTC dates and local time zones would shift the day. */
export function partialDateFromJsDate(date: Date): PartialDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('An invalid Date cannot become a calendar day.');
  return partialDateFromDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const DAY_MS = 86_400_000;
const LAST_SERIAL_1900 = 2_958_465;
// The 1904 system counts from 1 January 1904, so 9999-12-31 is 1,462 days sooner than in the 1900 system.
const LAST_SERIAL_1904 = LAST_SERIAL_1900 - 1_462;

/**
 * The day an Excel serial number stands for; any time of day is dropped. Excel's 1900 system counts
 * 29 February 1900, a day that never existed (a bug kept for Lotus 1-2-3 compatibility), as serial 60,
 * so later serials are one more than the days since 31 December 1899 and serial 60 itself is refused.
 */
export function excelSerialToPartialDate(serial: number, date1904 = false): ParseResult<PartialDate> {
  const first = date1904 ? 0 : 1;
  const last = date1904 ? LAST_SERIAL_1904 : LAST_SERIAL_1900;
  if (!Number.isFinite(serial) || serial < first || serial >= last + 1) {
    return parseFailure(
      `The Excel date serial ${serial} is outside the range Excel can show (${first} to ${last}, up to 31 December 9999).`,
    );
  }
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) {
    return parseFailure(
      'The Excel date serial 60 is 29 February 1900, a day that does not exist (a known Excel quirk); enter the date again.',
    );
  }
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return parsed(partialDateFromJsDate(new Date(epoch + whole * DAY_MS)));
}

/** Orders by start, then by end, so "2025" comes before "Q1 2025"'s longer or shorter neighbours consistently. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}
