import { describe, expect, it } from 'vitest';
import { headerCoreText, normalizeHeaderText } from './normalizeHeader';

describe('normalizeHeaderText', () => {
  it.each([
    ['Дата  подписания:', 'data podpisaniya'],
    ['ДАТА ПОДПИСАНИЯ', 'data podpisaniya'],
    ['Ҳолати', 'holati'],
    ['Holati:', 'holati'],
    ['Ўзбекистон', 'ozbekiston'],
    ['O‘zbekiston', 'ozbekiston'],
    ["O'zbek", 'ozbek'],
    ['Объём работ', 'obem rabot'],
    ['Щит и Цех', 'shit i tsex'],
    ['Société Générale', 'societe generale'],
    ['１００万元', '100万元'],
    ['光纤骨干网 第12号', '光纤骨干网 第12号'],
    ['Магистральная сеть Fergana 12', 'magistralnaya set fergana 12'],
    ['  --  ', ''],
  ])('%j → %j', (text, key) => {
    expect(normalizeHeaderText(text)).toBe(key);
  });

  it('transliterates a letter written as a base letter and a combining mark as the composed letter', () => {
    // "Йод" with Й as И + U+0306, as some keyboards and PDFs write it.
    expect(normalizeHeaderText('И\u0306од')).toBe('yod');
    expect(normalizeHeaderText('Ё\u0308')).toBe(normalizeHeaderText('Ё'));
  });

  it('keeps Cyrillic letters outside the table as they are, and every letter around a run', () => {
    // Serbian ђ and ћ are not in the table.
    expect(normalizeHeaderText('Ђорђе Ђурић')).toBe('ђorђe ђuriћ');
    expect(normalizeHeaderText('abcЖжxyz')).toBe('abcjjxyz');
  });
});

describe('headerCoreText', () => {
  it('drops the units people attach to a header', () => {
    expect(headerCoreText('Сумма (млн долл.)')).toBe('summa');
    expect(headerCoreText('Amount, USD')).toBe('amount');
    expect(headerCoreText('USD')).toBe('usd');
  });
});
