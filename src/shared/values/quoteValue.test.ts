import { describe, expect, it } from 'vitest';
import { coerceCell } from '../import/coerceCell';
import { parseMoney } from './money';
import { quoteValue } from './quoteValue';

const money = { type: 'money' } as const;
const problemOf = (text: string) => {
  const coerced = coerceCell(text, money, { currency: 'USD' });
  if (coerced.ok) throw new Error(`${text} was read`);
  return coerced.problem.message;
};

describe('quoting values in messages', () => {
  it('quotes in curly double quotes, or in guillemets when the value holds them itself', () => {
    expect(quoteValue('12,34,56')).toBe('“12,34,56”');
    expect(quoteValue('JSC “Uzbektelecom”')).toBe('«JSC “Uzbektelecom”»');
    expect(quoteValue('JSC "Uzbektelecom"')).toBe('“JSC "Uzbektelecom"”');
  });

  it('isolates right-to-left text and direction controls so they cannot reorder the message', () => {
    expect(quoteValue('\u202eoverride LTR')).toBe('“\u2068\u202eoverride LTR\u2069”');
    expect(quoteValue('مليون دولار')).toBe('“\u2068مليون دولار\u2069”');
  });

  it('says once which value could not be read as money, and why, with the quotes paired', () => {
    expect(parseMoney('12,34,56')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Could not read “12,34,56” as money: its digit groups are not thousands/),
    });
    const message = problemOf('12,34,56');
    expect(message).toBe(
      '“12,34,56” is not money — its digit groups are not thousands (after a separator every group needs three digits).',
    );
    expect(problemOf('USD 12,34,56')).toMatch(/^“USD 12,34,56” is not money — its digit groups/);
  });

  it('quotes a value that holds quotes so its end can be told from the message', () => {
    expect(problemOf('“about” 5 lakh')).toMatch(/^«“about” 5 lakh» is not money — «“about”» before the amount/);
  });
});
