// Line breaks inside a cell arrive as \r\n (Windows, quoted CSV fields) or a lone \r (old Mac).
const carriageReturns = /\r\n?/g;
// Other control characters (vertical tabs, NULs from broken exports) are invisible noise. \p{Cc}
// minus tab and line feed avoids a regex full of raw control codes.
const unwantedControlCharacters = /[^\P{Cc}\t\n]/gu;
// Carriage returns are control characters too, so one test finds the cells that need either
// replacement: most need neither, and the two replacements scanned each of 2,000,000 cells.
const anyControlCharacter = /[^\P{Cc}\t\n]/u;

/**
 * Text as the analyst should see it: trimmed (String.trim also removes no-break spaces and a stray
 * byte-order mark) and without invisible control characters. Empty text becomes null, so "no
 * value" has one representation.
 */
export function cleanCellText(text: string): string | null {
  const cleaned = (
    anyControlCharacter.test(text) ? text.replace(carriageReturns, '\n').replace(unwantedControlCharacters, '') : text
  ).trim();
  return cleaned === '' ? null : cleaned;
}
