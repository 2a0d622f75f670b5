import { normalizeHeaderText } from './normalizeHeader';

/**
 * The countries this corpus names, as ministries, operators and news in English, Russian, Uzbek
 * (both scripts) and Chinese write them, with their ISO 3166 alpha-3 codes. Any other country is
 * entered by its two-letter code.
 */
const countryNames: Readonly<Record<string, string>> = {
  CN: 'China; PRC; People’s Republic of China; Китай; КНР; Китайская Народная Республика; Xitoy; Xitoy Xalq Respublikasi; 中国; 中华人民共和国; CHN',
  UZ: 'Uzbekistan; Republic of Uzbekistan; Узбекистан; Республика Узбекистан; O‘zbekiston; O‘zbekiston Respublikasi; Ўзбекистон; 乌兹别克斯坦; 乌兹别克; UZB',
  RU: 'Russia; Russian Federation; Россия; Российская Федерация; Rossiya; 俄罗斯; RUS',
  KZ: 'Kazakhstan; Казахстан; Qozog‘iston; 哈萨克斯坦; KAZ',
  KG: 'Kyrgyzstan; Kyrgyz Republic; Кыргызстан; Киргизия; Qirg‘iziston; 吉尔吉斯斯坦; KGZ',
  TJ: 'Tajikistan; Таджикистан; Tojikiston; 塔吉克斯坦; TJK',
  TM: 'Turkmenistan; Туркменистан; Turkmaniston; 土库曼斯坦; TKM',
  US: 'United States; United States of America; USA; США; AQSh; 美国',
};

/** The countries named above with every name they go by, the English one first: what an analyst picks from. */
export const knownCountries: readonly { code: string; names: readonly string[] }[] = Object.entries(countryNames).map(
  ([code, names]) => ({ code, names: names.split(';').map((name) => name.trim()) }),
);

// Keys are normalizeHeaderText forms, so Cyrillic Uzbek (Ўзбекистон) meets Latin (O‘zbekiston).
const countryByName = new Map<string, string>(
  Object.entries(countryNames).flatMap(([code, names]) =>
    names.split(';').map((name): [string, string] => [normalizeHeaderText(name), code]),
  ),
);

/** The ISO 3166 alpha-2 code a cell names: "CN", "cn", "China", "Китай", "Xitoy", "中国"; null when unknown. */
export function readCountry(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return countryByName.get(normalizeHeaderText(trimmed)) ?? null;
}
