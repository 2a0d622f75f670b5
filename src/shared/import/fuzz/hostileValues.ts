/**
 * Cell values and headers an attacker, a broken exporter or an unlucky analyst could put in a
 * spreadsheet. Used by the import fuzz test only.
 */
import type { SeededRandom } from '../../testing/seededRandom';

/** Headers the mapping recognises, so hostile values reach every planner's coercions. */
const fieldHeaders = [
  'Title',
  'Kind',
  'Status',
  'Signed',
  'Date',
  'Chinese party',
  'Uzbek party',
  'Amount',
  'Amount, USD',
  'Currency',
  'Source',
  'Name',
  'Country',
  'Aliases',
  'Indicator',
  'Period',
  'Value',
  'Unit',
  'Event',
  'Location',
  'Description',
  'Notes',
  'Tags',
  'Id',
  'Сумма',
  '金额',
  'Дата подписания',
];

/** Names that reach into an object's prototype when used as keys of a plain object. */
export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

export const markupTexts = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  'javascript:window.__pwned = true',
  '<a href="javascript:alert(1)">link</a>',
  '"><svg onload=alert(1)>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '{{constructor.constructor("alert(1)")()}}',
];

const formulaTexts = ['=cmd|" /C calc"!A0', '=HYPERLINK("http://example.org","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '=1/0'];

const awkwardTexts = [
  '',
  '   ',
  '\u0000\u0001\u0007\u001b[31mred',
  'tab\tand\r\nnew line',
  '\u202eright-to-left override',
  'lone surrogate \ud800 here',
  '\ufeffbyte-order mark',
  '\u200b\u200b',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '0x1F',
  '99999999999999999999999',
  '31/02/2024',
  '2024-13-45',
  '0000-00-00',
  '29/02/1900',
  'Q5 2025',
  '2016–2025–2030',
  'USD 1.2 bn',
  '700 млн',
  'approx. USD NaN million',
  '１２３',
  '👩🏽‍💻📡',
  'Ташкент',
  '华为技术有限公司',
  'Huawei',
  'JSC Uzbektelecom',
  'signed',
  'MoU',
  'CNY',
  '%s%n%x',
  '../../etc/passwd',
  'C:\\Windows\\System32',
];

const awkwardNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2_958_466, // one day past Excel's last date, 31 December 9999
  -1,
  0.1 + 0.2,
  60, // Excel's phantom 29 February 1900
  45_000,
];

const awkwardDates = [
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Date.UTC(1899, 11, 31)),
  new Date(Date.UTC(1900, 1, 28)),
  new Date(Date.UTC(10_000, 0, 1)),
  new Date(Date.UTC(2024, 1, 29)),
];

export type FuzzCellValue = string | number | boolean | Date | null;

export function hostileHeader(random: SeededRandom): string {
  const roll = random.next();
  if (roll < 0.45) return random.pick(fieldHeaders);
  if (roll < 0.65) return random.pick(prototypeKeys);
  if (roll < 0.8) return random.pick(markupTexts);
  if (roll < 0.9) return random.pick([...formulaTexts, ...awkwardTexts]);
  return longText(random, 1 + random.integer(1_000));
}

export function hostileValue(random: SeededRandom): FuzzCellValue {
  const roll = random.next();
  if (roll < 0.3) return random.pick(awkwardTexts);
  if (roll < 0.4) return random.pick(markupTexts);
  if (roll < 0.48) return random.pick(formulaTexts);
  if (roll < 0.55) return random.pick(prototypeKeys);
  if (roll < 0.72) return random.pick(awkwardNumbers);
  if (roll < 0.82) return random.pick(awkwardDates);
  if (roll < 0.86) return random.chance(0.5);
  if (roll < 0.88) return longText(random, 1 + random.integer(5_000));
  return null;
}

/** Text of `length` characters drawn from Latin, Cyrillic, CJK, markup and control characters. */
export function longText(random: SeededRandom, length: number): string {
  const alphabet = 'aZ0 <>&"\'=;,\t\nЖж中😀\u0000\u0007';
  const unit = Array.from({ length: 64 }, () => alphabet[random.integer(alphabet.length)]).join('');
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
