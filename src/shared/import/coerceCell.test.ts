import { describe, expect, it } from 'vitest';
import { day, month, quarter, span, year } from '../values/partialDate.testHelpers';
import { coerceCell, type CellCoercion } from './coerceCell';
import {
  dealKindChoices,
  dealStatusChoices,
  findSharedKeys,
  itParkStatusChoices,
  moneyQualifierChoices,
  observationBasisChoices,
  organizationKindChoices,
} from './enumChoices';
import { importFieldTypes, type ImportFieldType } from './importFieldTypes';
import { importFields, importRecordKinds } from './fieldSynonyms';

const date: ImportFieldType = { type: 'date' };
const money: ImportFieldType = { type: 'money' };
const number: ImportFieldType = { type: 'number' };

function valueOf(result: CellCoercion): unknown {
  if (!result.ok) throw new Error(`refused: ${result.problem.message}`);
  return result.value;
}

function problemOf(result: CellCoercion): { expected: string; message: string } {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.problem;
}

describe('coerceCell', () => {
  it('reads empty cells and whitespace as no value, or an empty list', () => {
    expect(valueOf(coerceCell(null, { type: 'text' }))).toBeNull();
    expect(valueOf(coerceCell('   ', date))).toBeNull();
    expect(valueOf(coerceCell(' \n ', { type: 'list' }))).toEqual([]);
    expect(valueOf(coerceCell('  Huawei  ', { type: 'text' }))).toBe('Huawei');
  });

  it('reads dates from SheetJS dates, serial numbers, plain years and text', () => {
    expect(valueOf(coerceCell(new Date(Date.UTC(2024, 2, 15)), date))).toEqual(span(day(2024, 3, 15)));
    expect(valueOf(coerceCell(45000, date))).toEqual(span(day(2023, 3, 15)));
    expect(valueOf(coerceCell(2024, date))).toEqual(span(year(2024)));
    expect(valueOf(coerceCell('08.11.1999', date))).toEqual(span(day(1999, 11, 8)));
    expect(valueOf(coerceCell('Q2 2025', date))).toEqual(span(quarter(2025, 2)));
    expect(valueOf(coerceCell('June–July 2023', date))).toEqual(span(month(2023, 6), month(2023, 7)));
  });

  it('reads 11/08/1999 by the column’s order and refuses it as ambiguous without one', () => {
    expect(valueOf(coerceCell('11/08/1999', date, { dayFirst: true }))).toEqual(span(day(1999, 8, 11)));
    expect(valueOf(coerceCell('11/08/1999', date, { dayFirst: false }))).toEqual(span(day(1999, 11, 8)));
    expect(problemOf(coerceCell('11/08/1999', date)).message).toContain('Choose day-first or month-first');
  });

  it('says what is wrong with a date and what is expected, without the parser’s examples', () => {
    const problem = problemOf(coerceCell('31/02/2024', date, { dayFirst: true }));
    expect(problem.message).toBe('“31/02/2024” is not a date — February 2024 has no day 31 (it has 29 days).');
    expect(problem.expected).toBe('a date such as 25 June 2015, 2015-06-25 or Q2 2025');
    expect(problemOf(coerceCell(true, date)).message).toBe('“TRUE” is not a date.');
    // OpenDocument cells may hold any year; found by the import fuzz test.
    expect(problemOf(coerceCell(new Date(Date.UTC(10_000, 0, 1)), date)).message).toBe(
      'The cell holds a date in the year 10000, outside 1–9999.',
    );
  });

  it('reads amounts with their words, or bare numbers in the column’s currency and scale', () => {
    expect(valueOf(coerceCell('USD 1.2 bn', money))).toMatchObject({ amount: 1.2e9, currency: 'USD', qualifier: 'exact' });
    expect(valueOf(coerceCell('700 млн', money, { currency: 'USD' }))).toMatchObject({ amount: 7e8, currency: 'USD' });
    expect(valueOf(coerceCell('1 234,50', money, { currency: 'UZS' }))).toMatchObject({
      amount: 1234.5,
      currency: 'UZS',
      usd: null,
    });
    expect(valueOf(coerceCell(58.4, money, { currency: 'USD', scale: 1e6 }))).toMatchObject({ amount: 58_400_000 });
    // Text with its own scale is not multiplied again by the header's.
    expect(valueOf(coerceCell('1.2 bn', money, { currency: 'USD', scale: 1e6 }))).toMatchObject({ amount: 1.2e9 });
    expect(problemOf(coerceCell('700 млн', money)).message).toContain('has no currency');
    expect(problemOf(coerceCell(-5, money, { currency: 'USD' })).message).toContain('negative');
    expect(problemOf(coerceCell(5, money, { currency: 'dollars' })).message).toContain('not a three-letter currency code');
  });

  it('reads numbers in either decimal convention, as text or as numbers', () => {
    expect(valueOf(coerceCell('-35,01', number, { decimalSeparator: ',' }))).toBe(-35.01);
    expect(valueOf(coerceCell('1 234,50', number))).toBe(1234.5);
    expect(valueOf(coerceCell('1.234,5', number, { decimalSeparator: ',' }))).toBe(1234.5);
    expect(valueOf(coerceCell('1,234.5', number))).toBe(1234.5);
    expect(valueOf(coerceCell(42, number))).toBe(42);
    expect(problemOf(coerceCell('about ten', number)).expected).toBe('a number such as 1,234.5, 1 234,5, -35.01 or 12.5%');
  });

  it('reads percentages as fractions, as Excel stores a cell formatted 12.5%', () => {
    expect(valueOf(coerceCell('12,5 %', number))).toBe(0.125);
    expect(valueOf(coerceCell('12.5%', number))).toBe(0.125);
    expect(valueOf(coerceCell(0.125, number))).toBe(0.125);
  });

  it('reads kinds and statuses by code, label or a word in any language, refusing words that fit several', () => {
    const kind: ImportFieldType = { type: 'enum', choices: dealKindChoices };
    const status: ImportFieldType = { type: 'enum', choices: dealStatusChoices };
    expect(valueOf(coerceCell('joint-venture', kind))).toBe('joint-venture');
    expect(valueOf(coerceCell('Inter-operator agreement', kind))).toBe('inter-operator-agreement');
    expect(valueOf(coerceCell('MoU', kind))).toBe('memorandum');
    expect(valueOf(coerceCell('Меморандум', kind))).toBe('memorandum');
    expect(valueOf(coerceCell('合资企业', kind))).toBe('joint-venture');
    expect(valueOf(coerceCell('Qo‘shma korxona', kind))).toBe('joint-venture');
    expect(valueOf(coerceCell('ПОДПИСАНО', status))).toBe('signed');
    expect(valueOf(coerceCell('Imzolangan', status))).toBe('signed');
    expect(valueOf(coerceCell('实施中', status))).toBe('in-progress');
    const agreement = problemOf(coerceCell('Соглашение', kind));
    expect(agreement.message).toBe('“Соглашение” is not a deal kind Silk Ledger knows.');
    expect(agreement.expected).toContain('Intergovernmental agreement, Ministerial agreement');
  });

  it('reads yes/no and symbols as amount qualifiers', () => {
    const qualifier: ImportFieldType = { type: 'enum', choices: moneyQualifierChoices };
    expect(valueOf(coerceCell(true, qualifier))).toBe('approximately');
    expect(valueOf(coerceCell('No', qualifier))).toBe('exact');
    expect(valueOf(coerceCell('≥', qualifier))).toBe('at-least');
    expect(valueOf(coerceCell('Up to', qualifier))).toBe('at-most');
  });

  it('gives no word to two codes', () => {
    const all = [
      dealKindChoices,
      dealStatusChoices,
      moneyQualifierChoices,
      organizationKindChoices,
      itParkStatusChoices,
      observationBasisChoices,
    ];
    for (const choices of all) {
      expect(findSharedKeys(choices)).toEqual([]);
    }
  });

  it('reads countries by ISO code or by name in English, Russian, Uzbek and Chinese', () => {
    const country: ImportFieldType = { type: 'country' };
    for (const name of ['China', 'Китай', 'Xitoy', '中国', 'cn', 'PRC']) expect(valueOf(coerceCell(name, country))).toBe('CN');
    for (const name of ['Uzbekistan', 'Узбекистан', 'O‘zbekiston', "O'zbekiston", 'Ўзбекистон', '乌兹别克斯坦']) {
      expect(valueOf(coerceCell(name, country))).toBe('UZ');
    }
    expect(problemOf(coerceCell('Atlantis', country)).expected).toContain('CN, China');
  });

  it('reads currencies by code, symbol or word, but not words that merely have three letters', () => {
    const currency: ImportFieldType = { type: 'currency' };
    expect(valueOf(coerceCell('$', currency))).toBe('USD');
    expect(valueOf(coerceCell('долл. США', currency))).toBe('USD');
    expect(valueOf(coerceCell('KZT', currency))).toBe('KZT');
    expect(coerceCell('Yes', currency).ok).toBe(false);
  });

  it('splits lists on ; , / and line breaks, but names only where a legal name cannot hold the mark', () => {
    expect(valueOf(coerceCell('ICT; telecom, AI / cloud\nICT', { type: 'list' }))).toEqual(['ICT', 'telecom', 'AI', 'cloud']);
    expect(valueOf(coerceCell('Huawei Technologies Co., Ltd.; ZTE\nChina Mobile', { type: 'names' }))).toEqual([
      'Huawei Technologies Co., Ltd.',
      'ZTE',
      'China Mobile',
    ]);
    expect(valueOf(coerceCell('华为、中兴', { type: 'names' }))).toEqual(['华为', '中兴']);
  });

  it('has a type for every field an import can map', () => {
    for (const kind of importRecordKinds) {
      expect(Object.keys(importFieldTypes[kind]).sort()).toEqual(importFields[kind].map((field) => field.field).sort());
    }
  });
});
