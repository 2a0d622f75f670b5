import { describe, expect, it } from 'vitest';
import { headerSignature } from './headerSignature';

describe('headerSignature', () => {
  it('is the same for the same headers written differently or in another order', () => {
    const signature = headerSignature(['Title', 'Amount, USD', 'Holati']);
    expect(headerSignature(['  AMOUNT (USD) ', 'title', 'Ҳолати', ''])).toBe(signature);
    expect(signature).toBe('headers-v1:amount usd|holati|title');
  });

  it('differs when a column is added, renamed or changes its unit', () => {
    const signature = headerSignature(['Title', 'Amount, USD']);
    expect(headerSignature(['Title', 'Amount, USD', 'Partner'])).not.toBe(signature);
    expect(headerSignature(['Name', 'Amount, USD'])).not.toBe(signature);
    expect(headerSignature(['Title', 'Amount, UZS'])).not.toBe(signature);
  });

  it('counts a repeated header twice', () => {
    expect(headerSignature(['Amount', 'Amount'])).not.toBe(headerSignature(['Amount']));
  });
});
