// Embeddings, overrides, isolates and marks: characters that reorder the text around them.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: text that runs right to left.
const rightToLeftLetters = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const quotePairs = [
  ['“', '”'],
  ['«', '»'],
  ['‘', '’'],
] as const;
const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

/**
 * The value unchanged, or wrapped in a first-strong isolate when it holds right-to-left letters or
 * direction controls: for values joined into one text ("Huawei (supplier); China Telecom (operator)"),
 * where a stray U+202E in one name would otherwise reverse the names after it.
 */
export function isolateDirection(value: string): string {
  return bidiControls.test(value) || rightToLeftLetters.test(value)
    ? `${firstStrongIsolate}${value}${popDirectionalIsolate}`
    : value;
}

/**
 * A value as a message quotes it: in “…”, or in «…» or ‘…’ when the value holds curly double quotes
 * itself, so where the value ends stays plain. A value with right-to-left letters or direction
 * controls (a stray U+202E) is isolated inside its quotes: it cannot reorder the message around it,
 * and the isolate's end closes any embedding or override the value leaves open.
 */
export function quoteValue(value: string): string {
  const [open, close] = quotePairs.find(([left, right]) => !value.includes(left) && !value.includes(right)) ?? quotePairs[0];
  return `${open}${isolateDirection(value)}${close}`;
}
