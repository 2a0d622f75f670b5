import { describe, expect, it } from 'vitest';
import { toTabSeparated } from './tabSeparated';

describe('tab-separated copy', () => {
  it('joins cells with tabs and rows with CRLF', () => {
    expect(
      toTabSeparated([
        ['Title', 'Value'],
        ['Agreement', '≈ $700M'],
      ]),
    ).toBe('Title\tValue\r\nAgreement\t≈ $700M');
  });

  it('quotes cells that hold tabs, line breaks or quotes so they stay one cell', () => {
    expect(toTabSeparated([['a\tb', 'line 1\nline 2', 'the “Agreement” "On Cooperation"']])).toBe(
      '"a\tb"\t"line 1\nline 2"\t"the “Agreement” ""On Cooperation"""',
    );
  });
});
