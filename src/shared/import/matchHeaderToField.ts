import { importFields, importRecordKinds, type ImportFieldDefinition, type ImportRecordKind } from './fieldSynonyms';
import { headerCoreText, normalizeHeaderText } from './normalizeHeader';

export interface PreparedField {
  field: string;
  /** The field's name as the dialog shows it. */
  label: string;
  order: number;
  ownNames: Set<string>;
  synonyms: Set<string>;
  /** Synonyms written in Cyrillic, for Cyrillic headers only; see prepareField. */
  cyrillicSynonyms: Set<string>;
}

export interface HeaderKeys {
  fullKey: string;
  coreKey: string;
  isCyrillic: boolean;
}

/** Beyond this a "header" is paragraphs of text, a data cell taken for one; it names no field. */
const maxHeaderLength = 200;
export const exactScore = 100;
const synonymScore = 90;
const synonymWithoutUnitsScore = 80;
const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * Keys transliterate Cyrillic so Uzbek matches in both scripts, but that also turns Russian
 * "Дата" into "data"; a Latin header "Data" must not become a date. So Cyrillic synonyms (Russian
 * and Uzbek Cyrillic) only match Cyrillic headers, while Latin ones match headers in either script.
 */
function prepareField(definition: ImportFieldDefinition, order: number): PreparedField {
  const fieldAsWords = definition.field.replace(/([a-z])([A-Z])/g, '$1 $2');
  const inCyrillic = definition.synonyms.filter((synonym) => cyrillic.test(synonym));
  const others = definition.synonyms.filter((synonym) => !cyrillic.test(synonym));
  return {
    field: definition.field,
    label: definition.label,
    order,
    ownNames: new Set([normalizeHeaderText(definition.label), normalizeHeaderText(fieldAsWords)]),
    synonyms: new Set(others.map(normalizeHeaderText)),
    cyrillicSynonyms: new Set(inCyrillic.map(normalizeHeaderText)),
  };
}

const preparedFieldsByKind = new Map<ImportRecordKind, PreparedField[]>(
  importRecordKinds.map((kind) => [kind, importFields[kind].map(prepareField)]),
);

export function preparedFieldsOf(kind: ImportRecordKind): PreparedField[] {
  return preparedFieldsByKind.get(kind) ?? [];
}

/** The forms of a header that are compared with field names; null for one too long to be a header. */
export function headerKeysOf(header: string): HeaderKeys | null {
  if (header.length > maxHeaderLength) return null;
  return { fullKey: normalizeHeaderText(header), coreKey: headerCoreText(header), isCyrillic: cyrillic.test(header) };
}

/**
 * How well a header names a field, 0 for not at all. A header that merely contains a name ("Name
 * of the Chinese partner company" contains "Chinese partner") scores lower, and higher the more of
 * the header the name covers, so "Organizer name" goes to the organizer rather than the name.
 */
export function scoreHeader(header: HeaderKeys, field: PreparedField): number {
  const { fullKey, coreKey } = header;
  if (fullKey === '') return 0;
  const isSynonym = (key: string) => field.synonyms.has(key) || (header.isCyrillic && field.cyrillicSynonyms.has(key));
  if (field.ownNames.has(fullKey)) return exactScore;
  if (isSynonym(fullKey)) return synonymScore;
  if (field.ownNames.has(coreKey) || isSynonym(coreKey)) return synonymWithoutUnitsScore;
  let best = 0;
  const names = [...field.ownNames, ...field.synonyms, ...(header.isCyrillic ? field.cyrillicSynonyms : [])];
  for (const name of names) {
    if (containsPhrase(coreKey, name)) best = Math.max(best, 40 + (30 * name.length) / coreKey.length);
  }
  return best;
}

function containsPhrase(text: string, phrase: string): boolean {
  // Chinese is written without spaces between words, so a name can only be looked for as a substring.
  if (/\p{Script=Han}/u.test(phrase)) return text.includes(phrase);
  return ` ${text} `.includes(` ${phrase} `);
}
