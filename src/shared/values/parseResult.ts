import { quoteValue } from './quoteValue';

/** Why a text could not be read, in parts, so a message elsewhere can restate it in its own words. */
export interface Unreadable {
  text: string;
  /** What it was read as: "a date", "money", "a number". */
  as: string;
  reason: string;
  /** Advice for this value in particular ("Choose day-first or month-first"), beyond the usual examples. */
  hint?: string;
}

/** The outcome of reading user or spreadsheet text: a value, or a sentence the analyst can act on. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string; unreadable?: Unreadable };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function parseFailure<T = never>(message: string): ParseResult<T> {
  return { ok: false, message };
}

/** 'Could not read “12,34,56” as money: its digit groups are not thousands …. Write it like …' */
export function unreadableAs<T = never>(unreadable: Unreadable, examples = ''): ParseResult<T> {
  const { text, as, reason, hint } = unreadable;
  const advice = [hint, examples].filter(Boolean).join(' ');
  return {
    ok: false,
    message: `Could not read ${quoteValue(text)} as ${as}: ${reason}.${advice ? ` ${advice}` : ''}`,
    unreadable,
  };
}
