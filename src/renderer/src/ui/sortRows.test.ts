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
});
