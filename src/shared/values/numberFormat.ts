import { roundDecimalNoise } from './number';

/** Digits with comma thousands and at most `maxFractionDigits` decimals, trailing zeros dropped: 455400 → "455,400". */
export function formatGroupedNumber(value: number, maxFractionDigits: number): string {
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [integerDigits, fraction = ''] = fixed.split('.');
  const grouped = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmedFraction = fraction.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmedFraction ? `.${trimmedFraction}` : ''}`;
}

interface LargeScale {
  factor: number;
  letter: string;
  word: string;
}

// Largest first, so the first scale an amount reaches is the one to write it in.
const LARGE_SCALES: readonly LargeScale[] = [
  { factor: 1e12, letter: 'T', word: 'trillion' },
  { factor: 1e9, letter: 'B', word: 'billion' },
  { factor: 1e6, letter: 'M', word: 'million' },
];

/** "58.4M", "1.2B", "455,400": millions and above shortened for table cells, smaller amounts in full. */
export function formatCompactNumber(value: number): string {
  const magnitude = Math.abs(value);
  for (const [position, scale] of LARGE_SCALES.entries()) {
    if (magnitude < scale.factor) continue;
    const shortened = formatGroupedNumber(value / scale.factor, 2);
    // 999.999M rounds to "1,000M"; the next scale up reads better as "1B".
    const larger = LARGE_SCALES[position - 1];
    if (larger && Math.abs(Number(shortened.replace(/,/g, ''))) >= 1000)
      return `${formatGroupedNumber(value / larger.factor, 2)}${larger.letter}`;
    return `${shortened}${scale.letter}`;
  }
  return formatGroupedNumber(value, 2);
}

/**
 * "58.4 million" when a large amount is round in millions, billions or trillions (at most three decimals),
 * otherwise every digit ("1,234,567"), so the words never lose precision.
 */
export function formatNumberInWords(value: number, maxFractionDigits: number): string {
  const scale = LARGE_SCALES.find((candidate) => Math.abs(value) >= candidate.factor);
  if (scale) {
    const inScale = roundDecimalNoise(value / scale.factor);
    if (Number.isInteger(roundDecimalNoise(inScale * 1000))) return `${formatGroupedNumber(inScale, 3)} ${scale.word}`;
  }
  return formatGroupedNumber(value, maxFractionDigits);
}
