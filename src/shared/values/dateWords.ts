/** What a word in a date means, in English, Russian, Uzbek (Latin and Cyrillic) or as a Roman numeral. */
export type DateWord =
  | { kind: 'month'; month: number }
  | { kind: 'quarter' }
  | { kind: 'half' }
  | { kind: 'ordinal'; value: number }
  | { kind: 'filler' }
  | { kind: 'separator' };

const APOSTROPHE = "['’‘ʻ`]";

// Russian months change their ending with grammatical case (ноябрь, ноября, ноябре); Uzbek Cyrillic drops
// the soft sign (ноябр), and Uzbek Latin adds "da" for "in" (noyabrda). Each pattern covers all of them.
const MONTH_PATTERNS: readonly RegExp[] = [
  'jan|january|янв|январ[ьяею]?|yanvar',
  'feb|febr|february|фев|февр|феврал[ьяею]?|fevral',
  'mar|march|мар|март[аеу]?|mart',
  'apr|april|апр|апрел[ьяею]?|aprel',
  'may|ма[йяею]',
  'jun|june|июн[ьяею]?|iyun',
  'jul|july|июл[ьяею]?|iyul',
  'aug|august|авг|август[аеу]?|avgust',
  'sep|sept|september|сен|сент|сентябр[ьяею]?|sentyabr',
  'oct|october|окт|октябр[ьяею]?|oktyabr',
  'nov|november|ноя|нояб|ноябр[ьяею]?|noyabr',
  'dec|december|дек|декабр[ьяею]?|dekabr',
].map((spellings) => new RegExp(`^(?:${spellings})(?:da|да)?$`, 'u'));

const QUARTER_WORD = /^(?:quarter|qtr|квартал[аеу]?|кв|chorak|chorakda|chorakning|чорак|чоракда)$/u;
const HALF_WORD = /^(?:half|полугоди[еяию]|половин[аеуы]|yarim|yarmi|yarmida|ярим|ярми)$/u;

const ORDINAL_PATTERNS: readonly [number, RegExp][] = [
  [1, /^(?:first|i|перв\p{L}*|birinchi|биринчи)$/u],
  [2, /^(?:second|ii|втор\p{L}*|ikkinchi|иккинчи)$/u],
  [3, /^(?:third|iii|трет\p{L}*|uchinchi|учинчи)$/u],
  [4, new RegExp(`^(?:fourth|iv|четв[её]рт\\p{L}*|to${APOSTROPHE}?rtinchi|тўртинчи)$`, 'u')],
];

const FILLERS = new Set([
  'the',
  'of',
  'in',
  'year',
  'years',
  'calendar',
  'г',
  'гг',
  'год',
  'года',
  'году',
  'годы',
  'годов',
  'годах',
  'yil',
  'yilda',
  'yili',
  'yillar',
  'yillarda',
  'yillik',
  'yilgi',
  'yilning',
  'yilgacha',
  'oyi',
  'oy',
  'oyida',
  'oxiri',
  'oxirida',
  'oxirigacha',
  'holatiga',
  'holatda',
  'йил',
  'йилда',
  'йили',
  'йиллар',
  'йилнинг',
  'ойи',
  'охири',
  'ҳолатига',
]);

const SEPARATORS = new Set([
  'to',
  'until',
  'till',
  'through',
  'thru',
  'and',
  'до',
  'по',
  'и',
  'gacha',
  'гача',
  'va',
  'ва',
  'yildan',
  'dan',
  'йилдан',
]);

export function classifyDateWord(word: string): DateWord | null {
  const month = MONTH_PATTERNS.findIndex((pattern) => pattern.test(word));
  if (month !== -1) return { kind: 'month', month: month + 1 };
  if (QUARTER_WORD.test(word)) return { kind: 'quarter' };
  if (HALF_WORD.test(word)) return { kind: 'half' };
  const ordinal = ORDINAL_PATTERNS.find(([, pattern]) => pattern.test(word));
  if (ordinal) return { kind: 'ordinal', value: ordinal[0] };
  if (FILLERS.has(word)) return { kind: 'filler' };
  if (SEPARATORS.has(word)) return { kind: 'separator' };
  return null;
}

/** Chinese words that join two dates ("2016年至2025年") or add nothing to one ("2024年底" is still 2024). */
export function classifyChineseWord(word: string): DateWord | null {
  if (['至', '到', '和', '与', '及'].includes(word)) return { kind: 'separator' };
  if (['年', '的', '底', '末', '初', '份', '期间', '年底', '年末'].includes(word)) return { kind: 'filler' };
  return null;
}

// Phrases before a date that do not change which period it is: "by the end of 2024" is the year 2024.
const LEADING_PHRASES: readonly RegExp[] = [
  /^(?:(?:by|at|to|until|till)\s+)?(?:the\s+)?end\s+of\s+/u,
  /^as\s+(?:of|at)\s+/u,
  /^(?:from|in|during|for)\s+/u,
  /^по\s+состоянию\s+на\s+/u,
  /^(?:(?:к|на)\s+(?:концу|конец)|в\s+конце|конец)\s+/u,
  /^(?:с|со|в|во|на)\s+/u,
  /^(?:截至|截止到|截止|自|从|于)\s*/u,
];

export function stripLeadingPhrases(text: string): string {
  let rest = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const phrase of LEADING_PHRASES) {
      const stripped = rest.replace(phrase, '');
      if (stripped !== rest && stripped.trim() !== '') {
        rest = stripped;
        changed = true;
      }
    }
  }
  return rest;
}
