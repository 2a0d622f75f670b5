import type { Organization } from '../model/organization';
import { bracketedNames, buildOrganizationMatcher, organizationKey, organizationSoundKey } from './matchOrganizations';

/** A stored organization a name the store does not know may refer to, and why. */
export interface OrganizationCandidate {
  organization: Organization;
  /** As the preview says it: "same name in Latin script", "name Beeline, alias Unitel", "similar: 0.86". */
  reason: string;
  /** 1 when the names agree once script, spelling and brackets are set aside; otherwise their similarity. */
  score: number;
  /** The only organization the name agrees with so: linked unless the analyst decides otherwise. */
  certain: boolean;
}

export interface OrganizationCandidateFinder {
  /** The closest stored organizations, best first, a certain one marked. */
  candidatesFor(name: string, limit: number): OrganizationCandidate[];
  /** The one stored organization the name agrees with by key or sound, whole or by its bracketed parts. */
  certainMatch(name: string): OrganizationCandidate | undefined;
  organizationById(id: string): Organization | undefined;
}

/** Below this a stored name is not worth showing as a candidate. */
const leastSimilarity = 0.55;
/**
 * A name whose words begin a stored name ("Hikvision", "Hikvision Central Asia") is shown, but
 * never proposed for "Link all proposed": "China" begins "China Telecom" too.
 */
const leadingWordsSimilarity = 0.7;
/** Leading words this short ("it", "uz") say too little. */
const shortestLeadingWords = 4;
/** A sound key this short ("ao", "it") says too little to link by. */
const shortestCertainSoundKey = 3;
const maxRememberedNames = 20_000;

interface Spelling {
  organization: Organization;
  text: string;
  isAlias: boolean;
  soundKey: string;
  /** The words of its key ("hikvision central asia"), for a name that is their beginning. */
  words: readonly string[];
  bigrams: ReadonlySet<string>;
}

// Built on first use per store snapshot: an import whose names are all known never pays for it.
const finders = new WeakMap<readonly Organization[], OrganizationCandidateFinder>();

export function organizationCandidateFinder(organizations: readonly Organization[]): OrganizationCandidateFinder {
  let finder = finders.get(organizations);
  if (!finder) finders.set(organizations, (finder = buildFinder(organizations)));
  return finder;
}

function buildFinder(organizations: readonly Organization[]): OrganizationCandidateFinder {
  const matcher = buildOrganizationMatcher(organizations);
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const spellings: Spelling[] = [];
  const bySoundKey = new Map<string, Spelling[]>();
  // Which spellings hold each bigram, so a name is compared only with spellings that share one.
  const byBigram = new Map<string, number[]>();
  for (const organization of organizations) {
    for (const [index, text] of [organization.name, ...organization.aliases].entries()) {
      const soundKey = organizationSoundKey(text);
      if (soundKey === '') continue;
      const words = organizationKey(text).split(' ');
      const spelling: Spelling = { organization, text, isAlias: index > 0, soundKey, words, bigrams: bigramsOf(soundKey) };
      const position = spellings.push(spelling) - 1;
      const alike = bySoundKey.get(soundKey);
      if (alike) alike.push(spelling);
      else bySoundKey.set(soundKey, [spelling]);
      for (const bigram of spelling.bigrams) {
        const holders = byBigram.get(bigram);
        if (holders) holders.push(position);
        else byBigram.set(bigram, [position]);
      }
    }
  }

  /** Stored organizations a name (or a bracketed part of it) agrees with by key or by sound. */
  function agreeing(name: string): OrganizationCandidate[] {
    const lookup = matcher.lookupKey(organizationKey(name));
    if (lookup.found === 'one') return [candidate(lookup.organization, describeSpelling(name, lookup.organization), 1)];
    if (lookup.found === 'several') {
      return lookup.organizations.map((organization) => candidate(organization, describeSpelling(name, organization), 1));
    }
    const soundKey = organizationSoundKey(name);
    if (soundKey.length < shortestCertainSoundKey) return [];
    return (bySoundKey.get(soundKey) ?? []).map((spelling) => candidate(spelling.organization, sameSound(name, spelling), 1));
  }

  /** "Beeline (Unitel)": each part that names a stored organization by key or by sound. */
  function byBracketedParts(name: string): OrganizationCandidate[] {
    const parts = bracketedNames(name);
    if (!parts) return [];
    const found = new Map<string, { organization: Organization; reasons: string[] }>();
    for (const part of parts) {
      for (const { organization, reason } of agreeing(part)) {
        const entry = found.get(organization.id) ?? { organization, reasons: [] };
        entry.reasons.push(reason);
        found.set(organization.id, entry);
      }
    }
    return [...found.values()].map(({ organization, reasons }) => candidate(organization, reasons.join(', '), 1));
  }

  function similar(name: string): OrganizationCandidate[] {
    const soundKey = organizationSoundKey(name);
    const words = organizationKey(name).split(' ');
    const bigrams = bigramsOf(soundKey);
    const shared = new Map<number, number>();
    for (const bigram of bigrams) {
      for (const position of byBigram.get(bigram) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
    }
    const found: OrganizationCandidate[] = [];
    for (const [position, count] of shared) {
      const spelling = spellings[position];
      // Below 1, which only names that agree by key or sound score.
      let score = Math.min(0.99, (2 * count) / (bigrams.size + spelling.bigrams.size));
      // Chinese drops what English spells out: "华为技术" is 华为 with "technologies".
      if (isHanPrefix(soundKey, spelling.soundKey)) score = Math.max(score, 0.9);
      // "Hikvision" names "Hikvision Central Asia" by its first words, however long the rest.
      const leading = score < leadingWordsSimilarity && isLeadingWords(words, spelling.words);
      if (leading) score = leadingWordsSimilarity;
      if (score < leastSimilarity) continue;
      const rounded = Math.floor(score * 100) / 100;
      const what = spelling.isAlias ? `alias ${spelling.text}` : `name ${spelling.text}`;
      const reason = leading
        ? `${what} begins the same`
        : spelling.isAlias
          ? `similar to alias ${spelling.text}: ${rounded.toFixed(2)}`
          : `similar: ${rounded.toFixed(2)}`;
      found.push(candidate(spelling.organization, reason, rounded));
    }
    return found;
  }

  /** Cheap lookups only: every name an import does not know asks this, however large the store. */
  function certainMatch(name: string): OrganizationCandidate | undefined {
    const found = bestPerOrganization([agreeing(name), byBracketedParts(name)]);
    // Certain only when one organization agrees: two that do are the analyst's call.
    return found.length === 1 ? { ...found[0], certain: true } : undefined;
  }

  // Similarity compares a name with many stored spellings: asked only for the names the preview lists.
  const remembered = new Map<string, OrganizationCandidate[]>();
  function allCandidates(name: string): OrganizationCandidate[] {
    const cached = remembered.get(name);
    if (cached) return cached;
    const certain = certainMatch(name);
    const found = bestPerOrganization([certain ? [certain] : [...agreeing(name), ...byBracketedParts(name)], similar(name)]);
    if (remembered.size < maxRememberedNames) remembered.set(name, found);
    return found;
  }

  return {
    candidatesFor: (name, limit) => allCandidates(name).slice(0, limit),
    certainMatch,
    organizationById: (id) => byId.get(id),
  };
}

/** One candidate per organization, its best, best first. */
function bestPerOrganization(lists: readonly OrganizationCandidate[][]): OrganizationCandidate[] {
  const best = new Map<string, OrganizationCandidate>();
  for (const list of lists) {
    for (const entry of list) {
      const present = best.get(entry.organization.id);
      if (!present || entry.score > present.score) best.set(entry.organization.id, entry);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.organization.name.localeCompare(b.organization.name));
}

function candidate(organization: Organization, reason: string, score: number): OrganizationCandidate {
  return { organization, reason, score, certain: false };
}

/** How a name that keys like a stored organization's name or alias relates to it. */
function describeSpelling(name: string, organization: Organization): string {
  const key = organizationKey(name);
  const alias = organization.aliases.find((text) => organizationKey(text) === key);
  return alias !== undefined && organizationKey(organization.name) !== key ? `alias ${alias}` : `name ${organization.name}`;
}

function sameSound(name: string, spelling: Spelling): string {
  const script = scriptOf(spelling.text);
  const how = script !== scriptOf(name) ? `in ${script} script` : 'spelled differently';
  return spelling.isAlias ? `alias ${spelling.text}, ${how}` : `same name ${how}`;
}

function scriptOf(text: string): string {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic';
  if (/\p{Script=Han}/u.test(text)) return 'Chinese';
  return 'Latin';
}

function bigramsOf(soundKey: string): Set<string> {
  const padded = [' ', ...soundKey, ' '];
  const bigrams = new Set<string>();
  for (let index = 1; index < padded.length; index++) bigrams.add(padded[index - 1] + padded[index]);
  return bigrams;
}

/** Whether the shorter word list is the beginning of the longer, and says enough to go by. */
function isLeadingWords(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === longer.length || shorter.join('').length < shortestLeadingWords) return false;
  return shorter.every((word, index) => longer[index] === word);
}

function isHanPrefix(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 2 && longer.startsWith(shorter) && /^\p{Script=Han}+$/u.test(shorter);
}
