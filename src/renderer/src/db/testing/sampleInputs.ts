import type { RecordInput } from '@shared/model/tables';

/** Minimal valid inputs for data-layer tests; each test overrides what it is about. */
export function organizationInput(overrides: Partial<RecordInput<'organizations'>> = {}): RecordInput<'organizations'> {
  return {
    name: 'Uzbektelecom',
    country: 'UZ',
    kind: 'operator',
    aliases: ['JSC Uzbektelecom'],
    capitalOrigin: [],
    relations: [],
    itParkResidency: null,
    notes: '',
    citations: [],
    externalIds: [],
    ...overrides,
  };
}

export function dealInput(overrides: Partial<RecordInput<'deals'>> = {}): RecordInput<'deals'> {
  return {
    title: 'Agreement on international telecommunications services',
    kind: 'inter-operator-agreement',
    status: 'signed',
    date: { unit: 'day', start: '2015-06-25', end: '2015-06-25' },
    place: '',
    description: '',
    parties: [],
    sectors: ['telecommunications'],
    money: null,
    outputs: [],
    citations: [],
    externalIds: [],
    ...overrides,
  };
}
