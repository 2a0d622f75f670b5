/** The outcome of reading user or spreadsheet text: a value, or a sentence the analyst can act on. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function parseFailure<T = never>(message: string): ParseResult<T> {
  return { ok: false, message };
}
