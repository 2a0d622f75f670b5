import { describe, expect, it } from 'vitest';
import type { RecordInput } from '@shared/model/tables';
import {
  dealFromFormValues,
  dealToFormValues,
  emptyRecordInputs,
  eventFromFormValues,
  eventToFormValues,
  indicatorFromFormValues,
  indicatorToFormValues,
  observationFromFormValues,
  observationToFormValues,
  organizationFromFormValues,
  organizationToFormValues,
  sourceFromFormValues,
  sourceToFormValues,
} from './formValues';

const beeline = '6f1c1f5e-7d2a-4a52-9d0e-2f4b1c9a0e11';
const huawei = '0b7e6d3c-1a2b-4c5d-8e9f-0a1b2c3d4e5f';
const sourceId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const deal: RecordInput<'deals'> = {
  title: 'Modernisation of the Beeline network',
  kind: 'commercial-contract',
  status: 'completed',
  date: { unit: 'month', start: '2023-06-01', end: '2023-07-31' },
  place: 'Tashkent',
  description: 'Radio access network upgrade.',
  parties: [
    { organizationId: beeline, role: 'beneficiary' },
    { organizationId: huawei, role: 'supplier' },
  ],
  sectors: ['telecommunications', '5G'],
  money: {
    amount: 700_000_000,
    currency: 'CNY',
    qualifier: 'approximately',
    usd: { amount: 97_300_000, rate: 0.139, rateDate: '2023-06-30', rateSource: 'CBU' },
  },
  outputs: [
    { value: 27_000, unit: 'base stations', qualifier: 'more-than', description: '' },
    { value: 40, unit: 'Tbps', qualifier: 'exact', description: 'international bandwidth' },
  ],
  citations: [{ sourceId, excerpt: 'over 27,000 base stations', location: 'paragraph 4' }],
  externalIds: [{ scheme: 'Register No.', value: '2023-114' }],
};

describe('deal form values', () => {
  it('shows money, dates and outputs as an analyst would type them', () => {
    const values = dealToFormValues(deal);
    expect(values.money).toBe('approximately CNY 700 million');
    expect(values.date).toBe('Jun–Jul 2023');
    expect(values.outputs).toEqual([{ text: '> 27,000 base stations' }, { text: '40 Tbps (international bandwidth)' }]);
    expect(values.parties).toEqual(deal.parties);
  });

  it('reads unchanged form values back into the same deal, keeping the stored USD conversion and citations', () => {
    expect(dealFromFormValues(dealToFormValues(deal), deal)).toEqual({ ok: true, value: deal });
  });

  it('drops the stored USD conversion once the amount changes', () => {
    const result = dealFromFormValues({ ...dealToFormValues(deal), money: 'approx. CNY 800 million' }, deal);
    expect(result.ok && result.value.money).toEqual({
      amount: 800_000_000,
      currency: 'CNY',
      qualifier: 'approximately',
      usd: null,
    });
  });

  it('reads what analysts type', () => {
    const values = { ...dealToFormValues(emptyRecordInputs.deals), title: 'Deal', money: '> $500M', date: 'Q2 2025' };
    const result = dealFromFormValues(values, emptyRecordInputs.deals);
    expect(result.ok && result.value.money).toMatchObject({ amount: 500_000_000, currency: 'USD', qualifier: 'more-than' });
    expect(result.ok && result.value.date).toEqual({ unit: 'quarter', start: '2025-04-01', end: '2025-06-30' });
  });

  it('keeps the external ids the analyst edits, and those of a deal left alone', () => {
    expect(dealToFormValues(deal).externalIds).toEqual(deal.externalIds);
    const externalIds = [{ scheme: 'AidData GCDF 3.0', value: '96082' }];
    const result = dealFromFormValues({ ...dealToFormValues(deal), externalIds }, deal);
    expect(result.ok && result.value.externalIds).toEqual(externalIds);
  });

  it('turns empty money and date into no value', () => {
    const result = dealFromFormValues({ ...dealToFormValues(deal), money: '  ', date: '' }, deal);
    expect(result.ok && [result.value.money, result.value.date]).toEqual([null, null]);
  });

  it("returns each parser's message keyed by the field it came from", () => {
    const values = { ...dealToFormValues(deal), money: 'a lot of money', outputs: [{ text: 'base stations' }] };
    const result = dealFromFormValues(values, deal);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.field)).toEqual(['money', 'outputs.0.text']);
    expect(result.issues[0].message).toMatch(/^Could not read “a lot of money” as money/);
    expect(result.issues[1].message).toMatch(/as a quantity/);
  });
});

describe('organization form values', () => {
  const organization: RecordInput<'organizations'> = {
    ...emptyRecordInputs.organizations,
    name: 'Beeline',
    country: 'UZ',
    kind: 'operator',
    aliases: ['Unitel'],
    capitalOrigin: ['RU'],
    relations: [{ kind: 'subsidiary-of', organizationId: huawei }],
    itParkResidency: { status: 'resident', since: { unit: 'year', start: '2020-01-01', end: '2020-12-31' }, asOf: null },
    externalIds: [{ scheme: 'AidData GCDF 3.0', value: '96082' }],
  };

  it('round-trips, keeping relations the form does not edit', () => {
    expect(organizationFromFormValues(organizationToFormValues(organization), organization)).toEqual({
      ok: true,
      value: organization,
    });
  });

  it('accepts country codes in any case and refuses other text', () => {
    const values = { ...organizationToFormValues(organization), country: 'cn', capitalOrigin: ['cn', 'China'] };
    const result = organizationFromFormValues(values, organization);
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'capitalOrigin', message: expect.stringMatching(/^"China"/) }] });
    const fixed = organizationFromFormValues({ ...values, capitalOrigin: ['cn'] }, organization);
    expect(fixed.ok && [fixed.value.country, fixed.value.capitalOrigin]).toEqual(['CN', ['CN']]);
  });

  it('asks for an IT Park status when residency dates are given without one', () => {
    const values = organizationToFormValues(organization);
    const result = organizationFromFormValues(
      { ...values, itParkResidency: { ...values.itParkResidency, status: '' } },
      organization,
    );
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'itParkResidency.status' }] });
  });
});

describe('event, source and indicator form values', () => {
  it('round-trip each kind', () => {
    const event: RecordInput<'events'> = {
      ...emptyRecordInputs.events,
      name: 'ICT Week',
      date: { unit: 'day', start: '2025-03-23', end: '2025-03-26' },
      organizerIds: [beeline],
    };
    const source: RecordInput<'sources'> = { ...emptyRecordInputs.sources, title: 'Report', language: 'ru', content: 'text' };
    const indicator: RecordInput<'indicators'> = { name: 'Exports', unit: 'USD', description: '', country: 'UZ' };
    expect(eventFromFormValues(eventToFormValues(event), event)).toEqual({ ok: true, value: event });
    expect(sourceFromFormValues(sourceToFormValues(source), source)).toEqual({ ok: true, value: source });
    expect(indicatorFromFormValues(indicatorToFormValues(indicator), indicator)).toEqual({ ok: true, value: indicator });
  });

  it('reads a language code in capitals and refuses a language name', () => {
    const values = sourceToFormValues(emptyRecordInputs.sources);
    const upper = sourceFromFormValues({ ...values, language: 'ZH' }, emptyRecordInputs.sources);
    expect(upper.ok && upper.value.language).toBe('zh');
    expect(sourceFromFormValues({ ...values, language: 'Chinese' }, emptyRecordInputs.sources)).toMatchObject({
      ok: false,
      issues: [{ field: 'language' }],
    });
  });
});

describe('observation form values', () => {
  const indicatorId = '3c2b1a09-8f7e-4d6c-9b5a-493827160514';
  const observation: RecordInput<'observations'> = {
    indicatorId,
    period: { unit: 'quarter', start: '2025-04-01', end: '2025-06-30' },
    value: 24,
    qualifier: 'at-least',
    basis: 'cumulative',
    organizationIds: [huawei],
    notes: 'IT Park residents with Chinese capital',
    citations: [{ sourceId, excerpt: '24 companies', location: '' }],
  };
  const base = { ...emptyRecordInputs.observations, indicatorId };

  it('shows the period and value as an analyst would type them, and reads them back unchanged', () => {
    const values = observationToFormValues(observation);
    expect(values).toEqual({
      period: 'Q2 2025',
      value: '24',
      qualifier: 'at-least',
      basis: 'cumulative',
      notes: observation.notes,
    });
    expect(observationFromFormValues(values, observation)).toEqual({ ok: true, value: observation });
  });

  it('starts a new observation with an empty period and value', () => {
    expect(observationToFormValues(base, true)).toMatchObject({ period: '', value: '', qualifier: 'exact', basis: 'period' });
  });

  it('reads values with scale words and thousands separators', () => {
    const values = { ...observationToFormValues(base, true), period: '2024' };
    const read = (value: string) => {
      const result = observationFromFormValues({ ...values, value }, base);
      return result.ok ? result.value.value : result.issues;
    };
    expect(read('7.4 million')).toBe(7_400_000);
    expect(read('632,100')).toBe(632_100);
    expect(read('24')).toBe(24);
    const result = observationFromFormValues({ ...values, value: '7.4 million' }, base);
    expect(result.ok && result.value.indicatorId).toBe(indicatorId);
    expect(result.ok && result.value.period).toEqual({ unit: 'year', start: '2024-01-01', end: '2024-12-31' });
  });

  it('shows a large round value in words', () => {
    expect(observationToFormValues({ ...observation, value: 7_400_000 }).value).toBe('7.4 million');
  });

  it('reads a range of quarters as the period', () => {
    const result = observationFromFormValues({ ...observationToFormValues(observation), period: 'Q1–Q2 2025' }, observation);
    expect(result.ok && result.value.period).toEqual({ unit: 'quarter', start: '2025-01-01', end: '2025-06-30' });
  });

  it('puts an empty period, and an empty or unreadable value, on their fields', () => {
    const values = { ...observationToFormValues(base, true), value: '24' };
    expect(observationFromFormValues(values, base)).toEqual({
      ok: false,
      issues: [{ field: 'period', message: 'Write the period, such as “Q2 2025”, “2024” or “Q1–Q2 2025”.' }],
    });
    expect(observationFromFormValues({ ...values, period: '2024', value: '' }, base)).toMatchObject({
      ok: false,
      issues: [{ field: 'value' }],
    });
    expect(observationFromFormValues({ ...values, period: '2024', value: '24 companies' }, base)).toMatchObject({
      ok: false,
      issues: [{ field: 'value' }],
    });
  });
});
