import { describe, expect, it } from 'vitest';
import { formFieldForIssue } from './formFieldForIssue';

const values = {
  title: '',
  money: 'USD 5',
  sectors: ['telecommunications'],
  parties: [{ organizationId: '', role: 'supplier' }],
  outputs: [{ text: '40 Tbps' }],
  itParkResidency: { status: '', since: '', asOf: '' },
};

describe('formFieldForIssue', () => {
  it.each([
    ['title', 'title'],
    ['money.amount', 'money'],
    ['sectors.0', 'sectors'],
    ['parties.0.organizationId', 'parties.0.organizationId'],
    ['parties.3.organizationId', 'parties.root'],
    ['outputs.0.unit', 'outputs.0.text'],
    ['itParkResidency', 'itParkResidency.status'],
    ['itParkResidency.asOf.end', 'itParkResidency.asOf'],
  ])('puts an issue on %s on the field %s', (issuePath, field) => {
    expect(formFieldForIssue(issuePath, values)).toBe(field);
  });

  it('leaves issues on parts the form does not show to the summary', () => {
    expect(formFieldForIssue('citations.0.sourceId', values)).toBeNull();
    expect(formFieldForIssue('(record)', values)).toBeNull();
  });
});
