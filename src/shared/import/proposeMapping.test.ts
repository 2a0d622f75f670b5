import { describe, expect, it } from 'vitest';
import { importFields, importRecordKinds } from './fieldSynonyms';
import { detectRecordKind, proposeMapping } from './proposeMapping';

const fieldsOf = (headers: string[], kind: Parameters<typeof proposeMapping>[1]) =>
  proposeMapping(headers, kind).map((proposal) => proposal.field);

describe('proposeMapping', () => {
  it('matches Silk Ledger’s own headers exactly and others as synonyms', () => {
    expect(proposeMapping(['Title', 'Signed', 'Amount, USD', 'Chinese party', 'Remarks?'], 'deals')).toEqual([
      { column: 0, header: 'Title', field: 'title', confidence: 'exact', reason: null },
      { column: 1, header: 'Signed', field: 'date', confidence: 'synonym', reason: null },
      { column: 2, header: 'Amount, USD', field: 'amount', confidence: 'synonym', reason: null },
      { column: 3, header: 'Chinese party', field: 'chineseParty', confidence: 'exact', reason: null },
      { column: 4, header: 'Remarks?', field: null, confidence: 'none', reason: null },
    ]);
  });

  it('reads Russian headers, with units in brackets or after a comma', () => {
    const headers = [
      '№',
      'Наименование',
      'ДАТА ПОДПИСАНИЯ',
      'Сумма (млн долл.)',
      'Валюта',
      'Китайский партнёр',
      'Статус',
      'Отрасль',
      'Место',
    ];
    expect(fieldsOf(headers, 'deals')).toEqual([
      null,
      'title',
      'date',
      'amount',
      'currency',
      'chineseParty',
      'status',
      'sectors',
      'place',
    ]);
  });

  it('reads Uzbek headers in Latin and in Cyrillic alike', () => {
    const expected = ['title', 'date', 'amount', 'currency', 'status', 'sectors', 'place', 'uzbekParty'];
    expect(fieldsOf(['Nomi', 'Sana', 'Summa', 'Valyuta', 'Holati', 'Soha', 'Joy', "O'zbek tomoni"], 'deals')).toEqual(expected);
    expect(fieldsOf(['Номи', 'Сана', 'Сумма', 'Валюта', 'Ҳолати', 'Соҳа', 'Жой', 'Ўзбек томони'], 'deals')).toEqual(expected);
  });

  it('reads Chinese headers, with units in full-width brackets', () => {
    const headers = ['项目名称', '签署日期', '金额（万元）', '币种', '中方', '状态', '行业', '地点'];
    expect(fieldsOf(headers, 'deals')).toEqual([
      'title',
      'date',
      'amount',
      'currency',
      'chineseParty',
      'status',
      'sectors',
      'place',
    ]);
  });

  it('gives each field to one column only, the best match first', () => {
    expect(fieldsOf(['Amount (original currency)', 'Amount', 'Date', 'Дата'], 'deals')).toEqual([null, 'amount', 'date', null]);
    // Equally good matches: the leftmost column wins.
    expect(fieldsOf(['Amount, USD', 'Amount (constant USD 2021)'], 'deals')).toEqual(['amount', null]);
  });

  it('matches headers that contain a name, preferring the name that covers more of the header', () => {
    expect(fieldsOf(['Organizer name', 'Name', 'Venue of the event'], 'events')).toEqual(['organizer', 'name', 'place']);
    expect(
      fieldsOf(['AidData Record ID', 'Title', 'Commitment Date (MM/DD/YYYY)', 'Source URLs', 'Sector Name'], 'deals'),
    ).toEqual(['externalId', 'title', 'date', 'sourceUrls', 'sectors']);
  });

  it('does not take an English "Data" column for Russian "Дата"', () => {
    expect(fieldsOf(['Data', 'Дата'], 'deals')).toEqual([null, 'date']);
  });

  it('joins two-row headers to something it can match', () => {
    expect(fieldsOf(['Title', 'Amount USD', 'Amount Currency'], 'deals')).toEqual(['title', 'amount', 'currency']);
  });

  it('proposes nothing for blank headers or ones named like object internals', () => {
    expect(fieldsOf(['', '__proto__', 'constructor', 'toString', 'hasOwnProperty'], 'organizations')).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('proposes only fields of the chosen kind, and lists every field once per kind', () => {
    for (const kind of importRecordKinds) {
      const fields = importFields[kind].map((definition) => definition.field);
      expect(new Set(fields).size).toBe(fields.length);
      const labels = importFields[kind].map((definition) => definition.label);
      expect(fieldsOf(labels, kind)).toEqual(fields);
    }
  });
});

describe('detectRecordKind', () => {
  it('recognises each kind of record from typical headers', () => {
    expect(detectRecordKind(['Title', 'Date', 'Amount', 'Currency', 'Partner'])).toBe('deals');
    expect(detectRecordKind(['Название', 'Страна', 'Тип', 'Примечание'])).toBe('organizations');
    expect(detectRecordKind(['Показатель', 'Год', 'Значение', 'Единица измерения'])).toBe('observations');
    expect(detectRecordKind(['Name', 'Date', 'Venue', 'Organizer', 'Participants'])).toBe('events');
  });

  it('returns null when no header names a field', () => {
    expect(detectRecordKind(['Column 1', 'x', ''])).toBeNull();
  });
});
