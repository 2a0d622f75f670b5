import type { DataResult } from '../../db/dataErrors';

/** The reason a name was refused, as the field shows it ("Could not save your name: expected a name."); undefined once saved. */
export function nameRefusal(result: DataResult<unknown>): string | undefined {
  if (result.ok) return undefined;
  const reasons = result.error.issues.map((issue) => issue.message);
  return reasons.length ? `Could not save your name: ${reasons.join('; ')}.` : result.error.message;
}
