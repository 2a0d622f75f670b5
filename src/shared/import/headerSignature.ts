import { normalizeHeaderText } from './normalizeHeader';

/**
 * A key for "a file with these columns", so a mapping saved for last month's ministry report is
 * offered again for this month's. Headers are compared as normalised text (case, spacing,
 * punctuation and script variants do not matter) and as a set: reordered columns still match, an
 * added or renamed column does not. Units are kept, so "Amount, USD" and "Amount, UZS" differ.
 */
export function headerSignature(headers: readonly string[]): string {
  const keys = headers.map(normalizeHeaderText).filter((key) => key !== '');
  keys.sort();
  // Keys hold only letters, digits and single spaces, so "|" cannot occur inside one.
  return `headers-v1:${keys.join('|')}`;
}
