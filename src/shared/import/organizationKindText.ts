import type { OrganizationKind } from '../model/organization';

// Cyrillic and Chinese have no \b in JavaScript regular expressions: a word edge is "not a letter".
const edge = (word: string) => `(?<!\\p{L})${word}(?!\\p{L})`;

/**
 * A first guess for organizations a file names but the store lacks, from the name alone; the
 * preview lists them for review. Earlier patterns win: "Ministry of Finance of the Government of
 * X" is a ministry, "China Development Bank" a financial institution though "development" is not.
 * An embassy or consulate is the government it represents (see `typePatterns`).
 */
const namePatterns: readonly [RegExp, OrganizationKind][] = [
  [/embassy|consulate|посольств|консульств|elchixona|konsullik|大使馆|领事馆/iu, 'government'],
  [/ministry|министерств|vazirlig|部$/iu, 'ministry'],
  [/agency|агентств|agentlig|局$/iu, 'agency'],
  [new RegExp(`${edge('government')}|правительств|hukumat|hokimiyat|хокимият|政府`, 'iu'), 'government'],
  [/\bbank|банк|\bfund\b|фонд|\bexim(bank|\b)|银行|基金/iu, 'financial-institution'],
  [/universit|institut|университет|институт|大学|研究院|研究所/iu, 'research-institute'],
  [/technopark|it park|технопарк|texnopark|科技园/iu, 'technology-park'],
  [/telecom|mobile|unicom|телеком|мобайл|电信|移动|联通/iu, 'operator'],
];

export function guessOrganizationKind(name: string): OrganizationKind {
  return namePatterns.find(([pattern]) => pattern.test(name))?.[1] ?? 'private-company';
}

/**
 * What a type column says of an organization's kind. Datasets use broad types ("Government
 * Agency" for ministries and whole governments alike, "State-owned Company" for a state telecom
 * operator), so a name that guesses one of `narrowedBy` is the more precise of the two.
 */
interface TypeReading {
  kind: OrganizationKind;
  narrowedBy: readonly OrganizationKind[];
}

const publicKinds: readonly OrganizationKind[] = [
  'government',
  'ministry',
  'state-owned-company',
  'operator',
  'financial-institution',
  'technology-park',
  'research-institute',
];
const companyKinds: readonly OrganizationKind[] = ['operator', 'financial-institution', 'technology-park', 'research-institute'];

/**
 * Type words of AidData's GCDF ("State-owned Policy Bank", "Government Agency", "Embassy", …) and
 * of Russian, Uzbek and Chinese registers. Earlier patterns win: a "State-owned Commercial Bank" is
 * a bank before it is state-owned, an "Intergovernmental Organization" is not a government, and
 * "政府机构" is an agency of a government. An embassy is `government`, not `agency`: it has no
 * mandate of its own and acts for the state it represents, as GCDF counts embassy grants as that
 * state's own. "NGO/CSO/Foundation/Social Enterprise" and joint ventures have no kind here, so
 * their names decide.
 */
const typePatterns: readonly [RegExp, TypeReading][] = [
  [/embassy|consulate|посольств|консульств|elchixona|konsullik|大使馆|领事馆/iu, { kind: 'government', narrowedBy: [] }],
  [
    /intergovernmental|multilateral|international organi[sz]ation|международн|xalqaro|国际组织|多边/iu,
    { kind: 'international-organization', narrowedBy: [] },
  ],
  [/bank|банк|\bfund\b|фонд|jamg.arma|银行|基金|金融/iu, { kind: 'financial-institution', narrowedBy: [] }],
  [/ministry|министерств|vazirlik|部委/iu, { kind: 'ministry', narrowedBy: [] }],
  [
    /agency|authority|агентств|ведомств|государственный орган|госорган|agentlik|davlat organi|政府机构|政府部门/iu,
    { kind: 'agency', narrowedBy: ['government', 'ministry'] },
  ],
  [/government|правительств|hukumat|政府/iu, { kind: 'government', narrowedBy: ['ministry', 'agency'] }],
  [
    new RegExp(
      `state[- ]owned|state enterprise|${edge('soe')}|государственн\\S* (предприяти|компани)|${edge('гуп')}|davlat (korxona|kompaniya)|unitar korxona|国有企业|国企|央企`,
      'iu',
    ),
    { kind: 'state-owned-company', narrowedBy: companyKinds },
  ],
  [
    new RegExp(`private|частн|${edge('ооо')}|${edge('mchj')}|xususiy|私营|民营|有限公司|有限责任公司`, 'iu'),
    { kind: 'private-company', narrowedBy: companyKinds },
  ],
  [/public sector|государственн|davlat|公共部门|国有/iu, { kind: 'agency', narrowedBy: publicKinds }],
  [/universit|academ|research|университет|институт|universitet|大学|研究/iu, { kind: 'research-institute', narrowedBy: [] }],
  [/operator|оператор|运营商/iu, { kind: 'operator', narrowedBy: [] }],
];

/** A new organization's kind and whether the file's type column or its name decided it. */
export interface OrganizationKindReading {
  kind: OrganizationKind;
  byType: boolean;
}

/**
 * The kind of a new organization from its type text in the file, narrowed by its name where the
 * type is broad; from its name alone when the type is empty or says nothing Silk Ledger knows.
 */
export function organizationKindOf(name: string, typeText: string | null): OrganizationKindReading {
  const guess = guessOrganizationKind(name);
  const text = typeText?.trim() ?? '';
  const reading = text === '' ? undefined : typePatterns.find(([pattern]) => pattern.test(text))?.[1];
  if (!reading) return { kind: guess, byType: false };
  return reading.narrowedBy.includes(guess) ? { kind: guess, byType: true } : { kind: reading.kind, byType: true };
}
