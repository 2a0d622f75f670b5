import { describe, expect, it } from 'vitest';
import { isUnspacedWord, normalizeSearchText, searchWordsOf } from './normalizeSearchText';

describe('normalizeSearchText', () => {
  it.each([
    ['  Uzbektelecom\tJSC \n', 'uzbektelecom jsc'],
    ['Hôtel Résidence Zürich', 'hotel residence zurich'],
    ['Ещё ЁЛКА', 'еще елка'],
    ['O‘zbekiston', 'ozbekiston'],
    ["O'zbekiston", 'ozbekiston'],
    ['Oʻzbekiston', 'ozbekiston'],
    ['O’zbekiston', 'ozbekiston'],
    ['G`ALLA', 'galla'],
    ['“Safe City” «Ucell» „Coscom“', '"safe city" "ucell" "coscom"'],
    ['2016–2025 — fibre‑optic − 5', '2016-2025 - fibre-optic - 5'],
    ['ＵＺ２０２５', 'uz2025'],
    ['华为技术', '华为技术'],
  ])('folds %j to %j', (text, expected) => {
    expect(normalizeSearchText(text)).toBe(expected);
  });

  it('gives the same text for every way of writing the same words', () => {
    const spellings = ['O‘zbekiston Respublikasi', 'oʻzbekiston  respublikasi', "O'ZBEKISTON RESPUBLIKASI"];
    expect(new Set(spellings.map(normalizeSearchText)).size).toBe(1);
  });
});

describe('searchWordsOf', () => {
  it('keeps letters and digits and drops punctuation', () => {
    expect(searchWordsOf('Uzbektelecom–China Unicom: “5G” roll-out (2025)')).toEqual([
      'uzbektelecom',
      'china',
      'unicom',
      '5g',
      'roll',
      'out',
      '2025',
    ]);
  });

  it('ends a word where Chinese begins or ends, since Chinese has no spaces to do it', () => {
    expect(searchWordsOf('华为Mate手机, Соглашение')).toEqual(['华为', 'mate', '手机', 'соглашение']);
  });
});

describe('isUnspacedWord', () => {
  it('tells Chinese and Japanese words from the rest', () => {
    expect(['华为', 'カメラ'].map(isUnspacedWord)).toEqual([true, true]);
    expect(['beeline', 'сотрудничество', 'ozbekiston', '2025'].map(isUnspacedWord)).toEqual([false, false, false, false]);
  });
});
