// Russian letters, then the Uzbek Cyrillic ones written as in the Uzbek Latin alphabet (oʻ and gʻ
// lose their mark anyway). Ё is plain e: Russian writers often type е for it.
const cyrillicToLatin = new Map<string, string>(
  (
    'а a,б b,в v,г g,д d,е e,ё e,ж j,з z,и i,й y,к k,л l,м m,н n,о o,п p,р r,с s,т t,у u,ф f,х x,ц ts,ч ch,ш sh,щ sh,' +
    'ъ ,ы y,ь ,э e,ю yu,я ya,і i,ў o,қ q,ғ g,ҳ h'
  )
    .split(',')
    .map((pair) => [pair[0], pair.slice(2)] as [string, string]),
);

// Runs of Cyrillic letters, each replaced in one call rather than a call per character: every imported
// title's key is made here to match it to the store's deals, so this runs over every title of an import.
const cyrillicRun = new RegExp(`[${[...cyrillicToLatin.keys()].join('')}]+`, 'g');

function transliterate(run: string): string {
  let latin = '';
  for (const character of run) latin += cyrillicToLatin.get(character)!;
  return latin;
}

/** Lower-case Russian and Uzbek Cyrillic letters in Latin ones, by the table above; other text stays. */
export function transliterateCyrillic(lowerCaseText: string): string {
  return lowerCaseText.replace(cyrillicRun, transliterate);
}

/**
 * Header text reduced to a comparison key, so "Дата подписания", "ДАТА ПОДПИСАНИЯ:" and
 * "Дата  подписания" agree, and Uzbek written in Cyrillic ("Ҳолати") meets the same word in Latin
 * ("Holati", "Holati:"). Russian is transliterated by the same table; only keys are compared, so
 * the transliteration need not be a standard one, only the same on both sides.
 */
export function normalizeHeaderText(text: string): string {
  const transliterated = transliterateCyrillic(text.normalize('NFC').toLowerCase());
  return (
    transliterated
      .normalize('NFKD')
      // Accents and other combining marks: "Société" meets "Societe".
      .replace(/\p{M}/gu, '')
      // Uzbek Latin writes oʻ and gʻ with any of these; dropping them lets "O'zbek" meet "Oʻzbek".
      .replace(/['ʻʼ‘’`´]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

// Units and qualifiers written inside brackets: "Сумма (млн долл.)", "金额（万元）", "Date [dd.mm.yyyy]".
const bracketed = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|（[^）]*）|【[^】]*】/g;
// Units after a comma: "Amount, USD", "Сумма, тыс. сум", "金额，万元".
const afterComma = /[,;，、].*$/s;
// Units left at the end without punctuation: "Amount USD", "Объем млн долл".
const trailingUnitWords = new Set(
  'usd uzs cny rmb eur rub som sum doll dollar dollars yuan mln mn million millions bn bln billion mlrd thousand thousands tys k pct percent'.split(
    ' ',
  ),
);
const trailingUnitCharacters = /(?:万元|亿元|美元|元|万|亿|\$|%|₽|¥)+$/u;

/**
 * The header without the units and notes people attach to it, for matching field names:
 * "Сумма (млн долл.)" → "summa", "Amount, USD" → "amount", "Amount USD" → "amount".
 */
export function headerCoreText(text: string): string {
  const withoutUnits = text.replace(bracketed, ' ').replace(afterComma, '').replace(trailingUnitCharacters, '');
  const words = normalizeHeaderText(withoutUnits).split(' ');
  while (words.length > 1 && trailingUnitWords.has(words[words.length - 1])) words.pop();
  const core = words.join(' ');
  // A header that is nothing but a unit ("USD") keeps its full form.
  return core === '' ? normalizeHeaderText(text) : core;
}
