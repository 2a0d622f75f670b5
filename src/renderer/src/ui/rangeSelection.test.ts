import { describe, expect, it } from 'vitest';
import { rangeSelection } from './rangeSelection';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('rangeSelection', () => {
  it('selects every row from the anchor to the target, whichever way the range runs', () => {
    expect([...rangeSelection(ids, 'b', 'd', new Set())].sort()).toEqual(['b', 'c', 'd']);
    expect([...rangeSelection(ids, 'd', 'b', new Set())].sort()).toEqual(['b', 'c', 'd']);
  });

  it('keeps what was selected before the range was started, and lets the range shrink back', () => {
    const before = new Set(['e']);
    const grown = rangeSelection(ids, 'a', 'c', before);
    expect([...grown].sort()).toEqual(['a', 'b', 'c', 'e']);
    expect([...rangeSelection(ids, 'a', 'b', before)].sort()).toEqual(['a', 'b', 'e']);
    expect([...before]).toEqual(['e']);
  });

  it('starts at the target when the anchor is filtered out, and changes nothing for a target not shown', () => {
    expect([...rangeSelection(ids, 'gone', 'c', new Set())]).toEqual(['c']);
    expect([...rangeSelection(ids, 'a', 'gone', new Set(['b']))]).toEqual(['b']);
  });
});
