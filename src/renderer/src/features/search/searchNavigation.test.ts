import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '@shared/model/tables';
import type { SearchHit } from '@shared/search/searchRecords';
import { movedActivePosition, recordToOpen } from './searchNavigation';

describe('movedActivePosition', () => {
  it('moves down and up through the results, wrapping at either end', () => {
    expect(movedActivePosition('ArrowDown', 0, 3)).toBe(1);
    expect(movedActivePosition('ArrowDown', 2, 3)).toBe(0);
    expect(movedActivePosition('ArrowUp', 1, 3)).toBe(0);
    expect(movedActivePosition('ArrowUp', 0, 3)).toBe(2);
  });

  it('leaves other keys, and an empty list, to the search box', () => {
    expect(movedActivePosition('a', 0, 3)).toBeNull();
    expect(movedActivePosition('Enter', 0, 3)).toBeNull();
    expect(movedActivePosition('ArrowDown', -1, 0)).toBeNull();
  });
});

describe('recordToOpen', () => {
  const hit = (table: SearchHit['table'], id: string): SearchHit => ({
    table,
    id,
    title: '',
    subtitle: '',
    matchedText: '',
    score: 1,
  });

  it('opens the record that was found', () => {
    expect(recordToOpen(hit('deals', 'deal-1'), new Map())).toEqual({ table: 'deals', id: 'deal-1' });
  });

  it('opens an observation’s indicator, where observations are shown', () => {
    const observation = { id: 'observation-1', indicatorId: 'indicator-1' } as AnyRecord;
    const byId = new Map([[observation.id, observation]]);
    expect(recordToOpen(hit('observations', 'observation-1'), byId)).toEqual({ table: 'indicators', id: 'indicator-1' });
  });
});
