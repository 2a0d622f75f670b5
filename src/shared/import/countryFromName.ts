import { readCountry } from './countryNames';
import { normalizeHeaderText } from './normalizeHeader';

let englishRegionCodes: Map<string, string> | null = null;

/**
 * Every region the runtime's ICU data names in English ("Malaysia", "Laos", "Côte d’Ivoire"), by
 * the same key readCountry uses. Datasets such as AidData's name any of some 165 recipients, more
 * than the corpus list in countryNames.ts holds; the runtime already knows them all.
 */
function englishRegionCodeOf(key: string): string | null {
  if (!englishRegionCodes) {
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    englishRegionCodes = new Map();
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        const name = names.of(code);
        if (name && name !== 'Unknown Region') englishRegionCodes.set(normalizeHeaderText(name), code);
      }
    }
  }
  return englishRegionCodes.get(key) ?? null;
}

/**
 * The ISO 3166 alpha-2 code of a country named in a dataset cell, or null when it names none: a
 * name readCountry knows, the same without a bracketed qualifier ("China (People's Republic of)"),
 * or any country's English name.
 */
export function countryFromName(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const withoutBrackets = trimmed.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return (
    readCountry(trimmed) ??
    (withoutBrackets === '' ? null : readCountry(withoutBrackets)) ??
    englishRegionCodeOf(normalizeHeaderText(trimmed))
  );
}
