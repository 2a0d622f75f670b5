import { describe, expect, it } from 'vitest';
import { isCountHeader } from './countHeader';
import { proposeMapping } from './proposeMapping';

const fieldOf = (headers: string[], kind: Parameters<typeof proposeMapping>[1], header: string) =>
  proposeMapping(headers, kind).find((proposal) => proposal.header === header)!;

describe('a column that counts things', () => {
  it('is known by its header in English, Russian, Uzbek and Chinese', () => {
    for (const header of [
      'Notes (count)',
      'Sources (count)',
      'Number of employees',
      'Count of deals',
      '# of sources',
      'Количество сотрудников',
      'Xodimlar soni',
      '员工数量',
    ]) {
      expect(isCountHeader(header), header).toBe(true);
    }
    for (const header of ['Notes', 'Sources', 'Account number', 'Registration No.', 'Value', 'Counterparty']) {
      expect(isCountHeader(header), header).toBe(false);
    }
  });

  it('is never proposed for a text field, and says why', () => {
    const deals = ['Title', 'Sources (count)', 'Notes (count)', 'Number of parties'];
    expect(fieldOf(deals, 'deals', 'Sources (count)')).toMatchObject({
      field: null,
      reason: 'Not Sources: the header says the column holds a count',
    });
    expect(fieldOf(deals, 'deals', 'Notes (count)').field).toBeNull();
    expect(fieldOf(deals, 'deals', 'Number of parties').field).toBeNull();
    expect(fieldOf(['Name', 'Notes (count)'], 'organizations', 'Notes (count)').field).toBeNull();
  });

  it('is still proposed for a numeric field', () => {
    expect(fieldOf(['Indicator', 'Year', 'Number of residents'], 'observations', 'Number of residents').field).toBe('value');
  });
});
