import { describe, expect, it } from 'vitest';
import type { MoneyQualifier } from './money.schema';
import { moneyQualifiers } from './money.schema';
import {
  qualifierSymbols,
  readLeadingQualifier,
  readTrailingQualifier,
  withQualifierSymbol,
  withQualifierWords,
} from './qualifier';

describe('readLeadingQualifier', () => {
  it.each<[string, MoneyQualifier, string]>([
    ['approximately 5', 'approximately', '5'],
    ['approx. 5', 'approximately', '5'],
    ['about 5', 'approximately', '5'],
    ['around 5', 'approximately', '5'],
    ['circa 5', 'approximately', '5'],
    ['c. 5', 'approximately', '5'],
    ['~5', 'approximately', '5'],
    ['≈ 5', 'approximately', '5'],
    ['some 5', 'approximately', '5'],
    ['около 5', 'approximately', '5'],
    ['примерно 5', 'approximately', '5'],
    ['порядка 5', 'approximately', '5'],
    ['приблизительно 5', 'approximately', '5'],
    ['qariyb 5', 'approximately', '5'],
    ['taxminan 5', 'approximately', '5'],
    ['约5', 'approximately', '5'],
    ['大约5', 'approximately', '5'],
    ['近5', 'approximately', '5'],
    ['over 5', 'more-than', '5'],
    ['More Than 5', 'more-than', '5'],
    ['exceeding 5', 'more-than', '5'],
    ['in excess of 5', 'more-than', '5'],
    ['above 5', 'more-than', '5'],
    ['> 5', 'more-than', '5'],
    ['свыше 5', 'more-than', '5'],
    ['более 5', 'more-than', '5'],
    ['больше 5', 'more-than', '5'],
    ['超过5', 'more-than', '5'],
    ['逾5', 'more-than', '5'],
    ['多于5', 'more-than', '5'],
    ['at least 5', 'at-least', '5'],
    ['no less than 5', 'at-least', '5'],
    ['≥ 5', 'at-least', '5'],
    ['>= 5', 'at-least', '5'],
    ['не менее 5', 'at-least', '5'],
    ['kamida 5', 'at-least', '5'],
    ['至少5', 'at-least', '5'],
    ['不少于5', 'at-least', '5'],
    ['up to 5', 'at-most', '5'],
    ['at most 5', 'at-most', '5'],
    ['no more than 5', 'at-most', '5'],
    ['≤ 5', 'at-most', '5'],
    ['<= 5', 'at-most', '5'],
    ['не более 5', 'at-most', '5'],
    ['до 5', 'at-most', '5'],
    ['最多5', 'at-most', '5'],
    ['不超过5', 'at-most', '5'],
    ['less than 5', 'less-than', '5'],
    ['under 5', 'less-than', '5'],
    ['below 5', 'less-than', '5'],
    ['< 5', 'less-than', '5'],
    ['менее 5', 'less-than', '5'],
    ['меньше 5', 'less-than', '5'],
    ['低于5', 'less-than', '5'],
    ['少于5', 'less-than', '5'],
  ])('reads %j as %s', (text, qualifier, rest) => {
    expect(readLeadingQualifier(text)).toEqual({ qualifier, rest });
  });

  it.each(['5', 'overall 5', 'sometimes 5', 'undersea cables', 'дом 5'])('finds no qualifier in %j', (text) => {
    expect(readLeadingQualifier(text)).toBeNull();
  });
});

describe('readTrailingQualifier', () => {
  it.each<[string, MoneyQualifier, string]>([
    ['base stations or more', 'at-least', 'base stations'],
    ['5+', 'at-least', '5'],
    ['долларов и более', 'at-least', 'долларов'],
    ['dollardan ortiq', 'more-than', 'dollar'],
    ['dollardan kam', 'less-than', 'dollar'],
    ['美元以上', 'at-least', '美元'],
    ['美元左右', 'approximately', '美元'],
    ['users or less', 'at-most', 'users'],
  ])('reads %j as %s', (text, qualifier, rest) => {
    expect(readTrailingQualifier(text)).toEqual({ qualifier, rest });
  });

  it('finds no qualifier in plain units', () => {
    expect(readTrailingQualifier('base stations')).toBeNull();
    expect(readTrailingQualifier('core routers')).toBeNull();
  });
});

describe('qualifier formatting', () => {
  it('has one distinct symbol per qualifier and none for exact', () => {
    expect(qualifierSymbols).toEqual({
      exact: '',
      approximately: '≈',
      'more-than': '>',
      'at-least': '≥',
      'at-most': '≤',
      'less-than': '<',
    });
    expect(new Set(moneyQualifiers.map((qualifier) => qualifierSymbols[qualifier])).size).toBe(moneyQualifiers.length);
  });

  it('puts the symbol or words before the figure', () => {
    expect(withQualifierSymbol('approximately', '$700M')).toBe('≈ $700M');
    expect(withQualifierSymbol('exact', '$700M')).toBe('$700M');
    expect(withQualifierWords('more-than', 'USD 500 million')).toBe('more than USD 500 million');
    expect(withQualifierWords('exact', 'USD 500 million')).toBe('USD 500 million');
  });
});
