import { z } from 'zod';
import { firstDayOf, fromIsoDay, lastDayOf, sameDay, unitContaining } from './calendar';

/** A calendar day as ISO text (YYYY-MM-DD); kept as text so it survives JSON and IndexedDB unchanged. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const dateUnits = ['day', 'month', 'quarter', 'half', 'year'] as const;
export type DateUnit = (typeof dateUnits)[number];

/**
 * A date as precise as the source is: "8 November 1999" (day), "2006" (year), "Q2 2025" (quarter),
 * or a range of units: "June and July 2023" (months), "2016–2025" (years), "23–26 March 2025" (days).
 * `start` is the first day of the first unit and `end` the last day of the last unit, so sorting and
 * overlap tests work on any precision; a single unit has start and end inside the same unit.
 * `approximate` marks a date the source only estimates ("c. 2021", AidData's "Commitment Date
 * Estimated"); it is absent on an exact date, so dates stored before it existed read as exact, and
 * it changes only how a date is written, never its start and end, so sorting and filtering ignore it.
 */
export const partialDateSchema = z
  .object({
    unit: z.enum(dateUnits),
    start: isoDaySchema,
    end: isoDaySchema,
    approximate: z.literal(true).optional(),
  })
  .strict()
  .refine((date) => date.start <= date.end, { message: 'the start of a date range must not be after its end', path: ['end'] })
  .refine(spansWholeUnits, {
    message: 'a date must run from the first day of its unit to the last day of one (a month from its 1st to its last day)',
  });

/** Both ends are real days, the start the first day of its unit and the end the last day of its unit. */
function spansWholeUnits(date: { unit: DateUnit; start: string; end: string }): boolean {
  const start = fromIsoDay(date.start);
  const end = fromIsoDay(date.end);
  if (!start || !end) return false;
  return sameDay(firstDayOf(unitContaining(date.unit, start)), start) && sameDay(lastDayOf(unitContaining(date.unit, end)), end);
}

export type PartialDate = z.infer<typeof partialDateSchema>;
