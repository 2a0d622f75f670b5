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
    expect(result.issues[0].message).toMatch(/^Could not read "a lot of money" as money/);
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
