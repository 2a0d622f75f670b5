import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '@shared/model/tables';
import { moneyFromNumber } from '@shared/values/money';
import { activeFilterCount, emptyFilter, recordMatcher, type FilterContext, type RecordFilter } from './recordFilter';

const stamps = { createdAt: '2026-11-25T00:00:00.000Z', updatedAt: '2026-11-25T00:00:00.000Z', deletedAt: null };
const uzbektelecom = '00000000-0000-4000-8000-000000000001';
const tencent = '00000000-0000-4000-8000-000000000002';

function deal(overrides: Record<string, unknown>): AnyRecord {
  return {
    id: crypto.randomUUID(),
    ...stamps,
    title: 'Deal',
    kind: 'commercial-contract',
    status: 'signed',
    date: null,
    place: '',
    description: '',
    parties: [],
    sectors: [],
    money: null,
    outputs: [],
    citations: [],
    externalIds: [],
    ...overrides,
  } as AnyRecord;
}

const programme = deal({
  title: 'Infrastructure programme',
  kind: 'investment-programme',
  status: 'completed',
  date: { unit: 'year', start: '2016-01-01', end: '2025-12-31' },
  parties: [{ organizationId: uzbektelecom, role: 'beneficiary' }],
  sectors: ['telecommunications'],
  money: moneyFromNumber(700_000_000, 'USD', 'approximately'),
});
const tencentDeal = deal({
  title: 'Tencent agreements',
  date: { unit: 'month', start: '2023-06-01', end: '2023-07-31' },
  parties: [
    { organizationId: uzbektelecom, role: 'signatory' },
    { organizationId: tencent, role: 'signatory' },
  ],
});
const undated = deal({ title: 'Joint venture declaration', kind: 'joint-venture', status: 'declared' });
const removed = deal({ title: 'Deleted deal', deletedAt: '2026-11-25T01:00:00.000Z' });
const all = [programme, tencentDeal, undated, removed];

const context: FilterContext = {
  countryOf: (id) => (id === tencent ? 'CN' : 'UZ'),
  tagsOf: (id) => new Set(id === undated.id ? ['needs-source'] : []),
  annotationCountOf: (id) => (id === undated.id ? 1 : 0),
  textOf: (record) => ('title' in record ? record.title.toLowerCase() : ''),
};

const titles = (filter: Partial<RecordFilter>) =>
  all.filter(recordMatcher({ ...emptyFilter, ...filter }, context)).map((record) => ('title' in record ? record.title : ''));

describe('record filter', () => {
  it('hides deleted records unless asked', () => {
    expect(titles({})).toEqual(['Infrastructure programme', 'Tencent agreements', 'Joint venture declaration']);
    expect(titles({ showDeleted: true })).toContain('Deleted deal');
  });

  it('filters by kind, status and sector', () => {
    expect(titles({ kind: 'joint-venture' })).toEqual(['Joint venture declaration']);
    expect(titles({ status: 'completed' })).toEqual(['Infrastructure programme']);
    expect(titles({ sector: 'telecommunications' })).toEqual(['Infrastructure programme']);
  });

  it('filters by a party and by the country of any party', () => {
    expect(titles({ partyId: tencent })).toEqual(['Tencent agreements']);
    expect(titles({ country: 'CN' })).toEqual(['Tencent agreements']);
    expect(titles({ country: 'UZ' })).toEqual(['Infrastructure programme', 'Tencent agreements']);
  });

  it('keeps ranges that overlap the chosen years and drops undated records', () => {
    expect(titles({ yearFrom: 2020, yearTo: 2020 })).toEqual(['Infrastructure programme']);
    expect(titles({ yearFrom: 2023 })).toEqual(['Infrastructure programme', 'Tencent agreements']);
    expect(titles({ yearTo: 2015 })).toEqual([]);
  });

  it('filters by the year a record starts in, as the dashboard counts ranges', () => {
    expect(titles({ startYear: 2016 })).toEqual(['Infrastructure programme']);
    expect(titles({ startYear: 2020 })).toEqual([]);
    expect(titles({ startYear: 2023 })).toEqual(['Tencent agreements']);
  });

  it('finds records without a date or without a sector', () => {
    expect(titles({ without: 'date' })).toEqual(['Joint venture declaration']);
    expect(titles({ without: 'sector' })).toEqual(['Tencent agreements', 'Joint venture declaration']);
  });

  it('matches a sector whatever its case', () => {
    expect(titles({ sector: 'Telecommunications' })).toEqual(['Infrastructure programme']);
  });

  it('filters by USD amount, treating approximate amounts by their value', () => {
    expect(titles({ amountMin: 500_000_000 })).toEqual(['Infrastructure programme']);
    expect(titles({ amountMax: 500_000_000 })).toEqual([]);
  });

  it('filters by annotation tag and by having annotations', () => {
    expect(titles({ tag: 'needs-source' })).toEqual(['Joint venture declaration']);
    expect(titles({ annotated: 'yes' })).toEqual(['Joint venture declaration']);
    expect(titles({ annotated: 'no' })).toEqual(['Infrastructure programme', 'Tencent agreements']);
  });

  it('matches every word of the quick filter in any order', () => {
    expect(titles({ text: 'agreements tencent' })).toEqual(['Tencent agreements']);
    expect(titles({ text: 'tencent programme' })).toEqual([]);
  });

  it('filters annotations by author', () => {
    const annotation = {
      ...stamps,
      id: crypto.randomUUID(),
      targetTable: 'deals',
      targetId: programme.id,
      note: 'n',
      tags: [],
      confidence: null,
      author: 'J. Analyst',
      pinned: false,
    } as AnyRecord;
    expect(recordMatcher({ ...emptyFilter, author: 'J. Analyst' }, context)(annotation)).toBe(true);
    expect(recordMatcher({ ...emptyFilter, author: 'Someone else' }, context)(annotation)).toBe(false);
  });

  it('counts the facets in use', () => {
    expect(activeFilterCount(emptyFilter)).toBe(0);
    expect(activeFilterCount({ ...emptyFilter, text: 'x', kind: 'loan', yearFrom: 2020, showDeleted: true })).toBe(3);
  });
});
