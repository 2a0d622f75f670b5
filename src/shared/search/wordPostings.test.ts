import { describe, expect, it } from 'vitest';
import { buildWordPostings } from './wordPostings';

describe('buildWordPostings', () => {
  const recordWords = [
    { words: ['cloud', 'region', 'cloud', 'tashkent'], leadingCount: 2 },
    { words: ['tashkent', 'cloud'], leadingCount: 0 },
    { words: ['region', 'region', 'data'], leadingCount: 2 },
  ];
  const postings = buildWordPostings(recordWords.length, (record) => recordWords[record]);
  const slotsOf = (word: string) => {
    const position = postings.words.indexOf(word);
    return Array.from({ length: postings.starts[position + 1] - postings.starts[position] }, (_, offset) => {
      const slot = postings.starts[position] + offset;
      return [postings.records[slot], postings.leading[slot]];
    });
  };

  it('lists each word once per record that has it, records ascending', () => {
    expect(postings.words).toEqual(['cloud', 'data', 'region', 'tashkent']);
    expect(slotsOf('cloud').map(([record]) => record)).toEqual([0, 1]);
    expect(slotsOf('region').map(([record]) => record)).toEqual([0, 2]);
  });

  it('marks the slots of leading words, where a repeated word counts where it first occurs', () => {
    expect(slotsOf('cloud')).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(slotsOf('tashkent')).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(slotsOf('region')).toEqual([
      [0, 1],
      [2, 1],
    ]);
    expect(slotsOf('data')).toEqual([[2, 0]]);
  });

  it('knows each record’s first leading word', () => {
    expect(Array.from(postings.firstLeadingWord, (position) => postings.words[position] ?? null)).toEqual([
      'cloud',
      null,
      'region',
    ]);
  });
});
