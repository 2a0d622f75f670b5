import { describe, expect, it } from 'vitest';
import type { AnyRow } from '@shared/model/tableRows';
import { emptyFilter, filterRows, recordMatcher, type FilterContext, type RecordFilter } from './recordFilter';
import { keptRowTextSearch, RowTextSearch } from './rowTextSearch';

const texts = [
  'data centre fergana #4711',
  'магистральная линия ташкент',
  '光纤骨干网 北京 #47',
  'two lines\nof text in one cell',
  '',
  'fergana',
  'cloud region fergana cloud',
  'fergana data',
];
const rows = texts.map((text, position) => ({
  id: `row-${position}`,
  deletedAt: position === 5 ? '2026-11-25T00:00:00.000Z' : null,
  kind: position % 2 ? 'memorandum' : 'loan',
  text,
})) as unknown as AnyRow[];
const textOf = (record: AnyRow) => (record as unknown as { text: string }).text;
const context: FilterContext = {
  countryOf: () => null,
  tagsOf: () => new Set(),
  annotationCountOf: () => 0,
  textOf,
};

const matching = (search: RowTextSearch, words: string[]) =>
  [...search.rowsContaining(words)].flatMap((flag, position) => (flag ? [position] : []));

describe('RowTextSearch', () => {
  it('finds the rows whose text contains every word, at the start, middle or end of a text, in any script', () => {
    const search = new RowTextSearch(rows, textOf);
    expect(matching(search, ['fergana'])).toEqual([0, 5, 6, 7]);
    expect(matching(search, ['#47'])).toEqual([0, 2]);
    expect(matching(search, ['#4711'])).toEqual([0]);
    expect(matching(search, ['ташкент'])).toEqual([1]);
    expect(matching(search, ['骨干'])).toEqual([2]);
    expect(matching(search, ['data', 'fergana'])).toEqual([0, 7]);
    expect(matching(search, ['cloud'])).toEqual([6]);
    expect(matching(search, ['lines', 'cell'])).toEqual([3]);
    expect(matching(search, ['absent'])).toEqual([]);
  });

  it('never lets a match run from one row into the next', () => {
    const search = new RowTextSearch(rows, textOf);
    // "#4711" ends row 0 and "магистральная" begins row 1.
    expect(matching(search, ['4711магистральная'])).toEqual([]);
    expect(matching(search, ['#4711\nмагистральная'])).toEqual([]);
  });

  it('gives the same answer built in steps as built at once', () => {
    const many = Array.from({ length: 1_000 }, (_, position) => rows[position % rows.length]);
    const stepped = new RowTextSearch(many, textOf);
    let steps = 0;
    for (const _step of stepped.buildSteps()) steps += 1;
    expect(steps).toBeGreaterThan(1);
    expect(matching(stepped, ['fergana'])).toEqual(matching(new RowTextSearch(many, textOf), ['fergana']));
    expect(matching(stepped, ['fergana'])).toHaveLength(4 * 125);
  });

  it('finds rows on both sides of where one block of joined texts ends and the next begins', () => {
    const count = 12_345;
    const marked = new Set([0, 4_999, 5_000, 5_001, 9_999, 10_000, count - 1]);
    const many = Array.from(
      { length: count },
      (_, position) =>
        ({
          id: `row-${position}`,
          text: marked.has(position) ? `marked ${position}` : `row ${position}`,
        }) as unknown as AnyRow,
    );
    const search = new RowTextSearch(many, textOf);
    expect(matching(search, ['marked'])).toEqual([...marked]);
    expect(matching(search, ['marked', '5000'])).toEqual([5_000]);
    expect(matching(search, ['row', '12344'])).toEqual([]);
    expect(matching(search, ['row 5002'])).toEqual([5_002]);
  });

  it('works on a table with no rows', () => {
    expect(matching(new RowTextSearch([], textOf), ['fergana'])).toEqual([]);
  });
});

describe('filterRows', () => {
  const cases: Array<Partial<RecordFilter>> = [
    {},
    { text: 'fergana' },
    { text: '  FERGANA   data ' },
    { text: 'fergana', kind: 'loan' },
    { text: 'fergana', showDeleted: true },
    { kind: 'memorandum' },
    { text: 'nothing like it' },
  ];
  it.each(cases)('keeps the rows, in order, that testing each row keeps: %o', (partial) => {
    const filter = { ...emptyFilter, ...partial };
    const expected = rows.filter(recordMatcher(filter, context));
    expect(filterRows(rows, filter, context, new RowTextSearch(rows, textOf))).toEqual(expected);
  });
});

describe('keptRowTextSearch', () => {
  it('keeps the texts built for the same records in the same order, and builds anew for another order or other records', () => {
    const records = {};
    let built = 0;
    const build = () => {
      built += 1;
      return new RowTextSearch(rows, textOf);
    };
    const first = keptRowTextSearch(records, 'deals', '[title asc]', build);
    expect(keptRowTextSearch(records, 'deals', '[title asc]', build)).toBe(first);
    expect(built).toBe(1);
    expect(keptRowTextSearch(records, 'deals', '[title desc]', build)).not.toBe(first);
    expect(keptRowTextSearch({}, 'deals', '[title asc]', build)).not.toBe(first);
    expect(built).toBe(3);
  });
});
