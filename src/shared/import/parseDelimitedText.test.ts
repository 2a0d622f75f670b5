import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from './parseDelimitedText';

describe('parseDelimitedText', () => {
  it('splits on the delimiter and on any line ending, keeping values exactly as written', () => {
    expect(parseDelimitedText('a;b\r\n 007 ;1 234,50\n\nlast;\rx', ';').rows).toEqual([
      ['a', 'b'],
      [' 007 ', '1 234,50'],
      [''],
      ['last', ''],
      ['x'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const parse = parseDelimitedText('Title,Note\n"Deal, phase 1","He said ""yes""\nthen left"\n', ',');
    expect(parse.rows).toEqual([
      ['Title', 'Note'],
      ['Deal, phase 1', 'He said "yes"\nthen left'],
    ]);
    expect(parse.unclosedQuoteLine).toBeNull();
  });

  it('keeps text after a closing quote, as Excel does', () => {
    expect(parseDelimitedText('"5" pipe",x', ',').rows).toEqual([['5 pipe"', 'x']]);
  });

  it('reports the line where a quote opens and never closes', () => {
    const parse = parseDelimitedText('a,b\n1,2\n"open,3\n4,5\n', ',');
    expect(parse.rows).toEqual([['a', 'b'], ['1', '2'], ['open,3\n4,5\n']]);
    expect(parse.unclosedQuoteLine).toBe(3);
  });

  it('stops at the cell limit and says so', () => {
    const parse = parseDelimitedText('1,2,3\n4,5,6\n7,8,9\n', ',', { maxCells: 4 });
    expect(parse.cellCount).toBe(4);
    expect(parse.stoppedEarly).toBe(true);
  });
});
