import type { PartialDate } from './partialDate.schema';

/** How a date the source only estimates is written: "c. 15 Mar 2021", as historians and catalogues write it. */
export const APPROXIMATE_DATE_PREFIX = 'c. ';

// A word ends at a period, a space or the digits it runs into ("c.2021", "около 2021", "约2021年"), never inside
// another word: "ca" must not take the start of "calendar", nor "ок" that of "октябрь".
const WORD_END = String.raw`(?:\.\s*|\s+|(?=\d))`;

/** Words before a date that say it is estimated, in English, Russian, Uzbek and Chinese (text already lower-cased). */
const LEADING_MARKERS: readonly RegExp[] = [
  new RegExp(`^(?:approximately|approx|circa|ca|about|around|roughly|estimated|est)${WORD_END}`, 'u'),
  /^c\.\s*/u,
  new RegExp(`^(?:приблизительно|примерно|ориентировочно|около|ок)${WORD_END}`, 'u'),
  new RegExp(`^(?:taxminan|тахминан)${WORD_END}`, 'u'),
  /^(?:大约|大概|约)\s*/u,
  /^[~≈]\s*/u,
];

/** Words after a date that say the same: "2021年左右", "2021 (approx.)". */
const TRAILING_MARKERS: readonly RegExp[] = [
  /\s*(?:左右|前后)$/u,
  /\s*\((?:approximately|approx\.?|estimated|est\.?|circa|c\.|ca\.?|примерно|около|ок\.?|taxminan)\)$/u,
];

/**
 * The text without the words that mark it approximate, and whether it had any. The text is expected
 * lower-cased and with its spaces collapsed, as `parsePartialDate` reads it.
 */
export function withoutApproximateMarkers(text: string): { text: string; approximate: boolean } {
  let rest = text;
  for (const marker of [...LEADING_MARKERS, ...TRAILING_MARKERS]) rest = rest.replace(marker, '');
  return { text: rest.trim(), approximate: rest !== text };
}

/** The date marked approximate or exact; an exact date has no `approximate` key at all, as stored dates without it. */
export function withApproximation(date: PartialDate, approximate: boolean): PartialDate {
  const { approximate: _previous, ...exact } = date;
  return approximate ? { ...exact, approximate: true } : exact;
}
