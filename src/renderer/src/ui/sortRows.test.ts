import type { ColumnDef } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { sortedLikeTable } from './sortRows';

interface Item {
  name: string;
  title?: string;
  day?: string;
  amount?: number;
}

const columns: ColumnDef<Item, unknown>[] = [
  { id: 'title', accessorKey: 'title' },
  { id: 'day', accessorFn: (item) => item.day },
  { id: 'amount', accessorFn: (item) => item.amount },
];
const names = (items: Item[]) => items.map((item) => item.name);

describe('sortedLikeTable', () => {
  it('orders text naturally, ignoring case and accents', () => {
    const items: Item[] = [
      { name: 'a', title: 'Deal 10' },
      { name: 'b', title: 'deal 9' },
      { name: 'c', title: 'Éclair' },
      { name: 'd', title: 'eclair' },
      { name: 'e', title: 'Apple' },
    ];
    expect(names(sortedLikeTable(items, columns, [{ id: 'title', desc: false }]))).toEqual(['e', 'b', 'a', 'c', 'd']);
    expect(names(sortedLikeTable(items, columns, [{ id: 'title', desc: true }]))).toEqual(['c', 'd', 'a', 'b', 'e']);
  });

  it('orders numbers as numbers and puts blanks last in either direction', () => {
    const items: Item[] = [{ name: 'a', amount: 9 }, { name: 'b' }, { name: 'c', amount: 100 }, { name: 'd', amount: -1 }];
    expect(names(sortedLikeTable(items, columns, [{ id: 'amount', desc: false }]))).toEqual(['d', 'a', 'c', 'b']);
    expect(names(sortedLikeTable(items, columns, [{ id: 'amount', desc: true }]))).toEqual(['c', 'a', 'd', 'b']);
  });

  it('breaks ties with the next sort column, then keeps the given order', () => {
    const items: Item[] = [
      { name: 'a', day: '2024-03-01', amount: 1 },
      { name: 'b', day: '2023-12-31', amount: 5 },
      { name: 'c', day: '2024-03-01', amount: 7 },
      { name: 'd', day: '', amount: 2 },
      { name: 'e', day: '2024-03-01', amount: 7 },
    ];
    const sorting = [
      { id: 'day', desc: true },
      { id: 'amount', desc: true },
    ];
    expect(names(sortedLikeTable(items, columns, sorting))).toEqual(['c', 'e', 'a', 'b', 'd']);
  });

  it('returns the rows as given when nothing, or no known column, is sorted', () => {
    const items: Item[] = [{ name: 'b' }, { name: 'a' }];
    expect(sortedLikeTable(items, columns, [])).toBe(items);
    expect(sortedLikeTable(items, columns, [{ id: 'missing', desc: false }])).toBe(items);
  });

  it('orders like comparing each pair of rows, for many rows, blanks, ties and both directions', () => {
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    const texts = ['Deal 10', 'deal 9', 'Éclair', 'eclair', 'Apple', '', 'Zeta', 'apple'];
    let seed = 7;
    const next = (limit: number) => (seed = (seed * 48271) % 2147483647) % limit;
    const items: Item[] = Array.from({ length: 2000 }, (_, index) => ({
      name: String(index),
      title: next(9) === 0 ? undefined : texts[next(texts.length)],
      day: ['2024-03-01', '2023-12-31', '', '2024'][next(4)],
      amount: next(5) === 0 ? undefined : [0, -0.5, 7, 1e12, 3.25][next(5)],
    }));
    const blank = (value: unknown) => value === undefined || value === '';
    const compareValues = (a: unknown, b: unknown) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    for (const sorting of [
      [{ id: 'title', desc: false }],
      [{ id: 'amount', desc: true }],
      [
        { id: 'day', desc: true },
        { id: 'title', desc: false },
        { id: 'amount', desc: false },
      ],
    ]) {
      const expected = [...items].sort((a, b) => {
        for (const { id, desc } of sorting) {
          const left = a[id as keyof Item];
          const right = b[id as keyof Item];
          if (blank(left) || blank(right)) {
            if (blank(left) !== blank(right)) return blank(left) ? 1 : -1;
            continue;
          }
          const order = compareValues(left, right);
          if (order !== 0) return desc ? -order : order;
        }
        return 0;
      });
      expect(names(sortedLikeTable(items, columns, sorting)), JSON.stringify(sorting)).toEqual(names(expected));
    }
  });
});
