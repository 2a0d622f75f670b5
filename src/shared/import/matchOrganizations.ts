import type { Organization } from '../model/organization';
import { transliterateCyrillic } from './normalizeHeader';

// Legal forms say how a company is registered, not which company it is, and sources add or drop
// them at will: "JSC Uzbektelecom", "Uzbektelecom JSC", "“Uzbektelecom” AJ". Latin, Russian and
// Uzbek (Latin and Cyrillic) abbreviations, compared as whole words after punctuation is removed.
const legalFormWords = new Set(
  'llc jsc ojsc pjsc cjsc plc co ltd limited inc corp corporation gmbh ao ooo ооо ао оао пао зао mchj мчж aj аж qk қк'.split(' '),
);
// Chinese writes them without spaces, so they are removed wherever they stand, longest first.
const chineseLegalForms = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司'];
const apostrophes = /['`´‘’‛ʹʻʼʽ′]/g;
const combiningMarks = /\p{M}/gu;
const nonWordRuns = /[^\p{L}\p{N}]+/gu;

/**
 * The key organization names are matched by: case, accents, quotes («» “” "), apostrophes (O‘zbek,
 * O'zbek), punctuation, spacing and legal-form words do not count. Scripts are not transliterated:
 * "АО «Узбектелеком»" keys to "узбектелеком", not "uzbektelecom"; an alias links the two, and
 * organizationSoundKey finds the pair for the analyst to link. A name
 * that is nothing but a legal form keeps it, so it is not mistaken for a blank name.
 */
export function organizationKey(name: string): string {
  let text = name.normalize('NFKD').replace(combiningMarks, '').normalize('NFC').toLowerCase();
  for (const form of chineseLegalForms) if (text.includes(form)) text = text.replaceAll(form, ' ');
  const words = text.replace(apostrophes, '').replace(nonWordRuns, ' ').trim().split(' ');
  const kept = words.filter((word) => !legalFormWords.has(word));
  return (kept.length > 0 ? kept : words).join(' ');
}

// How Russian, Uzbek and English romanisations spell one sound differently, applied in this order
// after transliteration: "Узбектелеком" reads uzbektelekom and "Uzbektelecom" meets it; "Хуавей"
// (xuavei) meets "Huawei" (huavei).
const soundAlikes: readonly (readonly [RegExp, string])[] = [
  [/kh|x/g, 'h'],
  [/ph/g, 'f'],
  // An English ch before a consonant is a k: "technology", "chrome".
  [/ch(?=[lnrt])/g, 'k'],
  [/ck|c(?!h)|q/g, 'k'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/dzh|dj|zh/g, 'j'],
  [/z/g, 's'],
  [/(\p{L})\1+/gu, '$1'],
];

/**
 * The organizationKey in Latin letters, spelled as it sounds and without spaces, so one name written
 * in Cyrillic and in Latin script, or romanised two ways, gets one key. Only for proposing links:
 * two names sharing it are very likely the same organization, not certainly.
 */
export function organizationSoundKey(name: string): string {
  let text = transliterateCyrillic(organizationKey(name)).replaceAll(' ', '');
  for (const [pattern, sound] of soundAlikes) text = text.replace(pattern, sound);
  return text;
}

const bracketed = /[(（[]([^()（）[\]]*)[)）\]]/g;

/**
 * The names in "Beeline (Unitel)" or "华为（Huawei）": the text outside the brackets, then each
 * bracketed one; null when the name has no bracketed part or nothing outside it.
 */
export function bracketedNames(name: string): string[] | null {
  const inside = [...name.matchAll(bracketed)].map((match) => match[1].trim()).filter((text) => text !== '');
  const outside = name.replace(bracketed, ' ').trim();
  return inside.length > 0 && outside !== '' ? [outside, ...inside] : null;
}

export type OrganizationLookup =
  { found: 'one'; organization: Organization } | { found: 'several'; organizations: readonly Organization[] } | { found: 'none' };

export interface OrganizationMatcher {
  /** The one organization a name or alias refers to; undefined when none does, or several do (see lookupKey). */
  match(name: string): Organization | undefined;
  /** What an organizationKey finds, so a caller can say which organizations share an ambiguous name. */
  lookupKey(key: string): OrganizationLookup;
}

const none: OrganizationLookup = { found: 'none' };

/**
 * Indexes every organization by the keys of its name and of each alias ("Unitel" finds Beeline).
 * A key two organizations share is ambiguous: it matches neither, and the caller reports it.
 */
export function buildOrganizationMatcher(organizations: readonly Organization[]): OrganizationMatcher {
  const byKey = new Map<string, Organization | Organization[]>();
  for (const organization of organizations) {
    const keys = new Set([organization.name, ...organization.aliases].map(organizationKey));
    for (const key of keys) {
      if (key === '') continue;
      const present = byKey.get(key);
      if (present === undefined) byKey.set(key, organization);
      else if (Array.isArray(present)) present.push(organization);
      else byKey.set(key, [present, organization]);
    }
  }
  const lookupKey = (key: string): OrganizationLookup => {
    const present = key === '' ? undefined : byKey.get(key);
    if (present === undefined) return none;
    return Array.isArray(present) ? { found: 'several', organizations: present } : { found: 'one', organization: present };
  };
  return {
    lookupKey,
    match(name) {
      const lookup = lookupKey(organizationKey(name));
      return lookup.found === 'one' ? lookup.organization : undefined;
    },
  };
}
