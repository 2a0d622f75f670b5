import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model/indicator';
import { buildImportPlan } from './buildImportPlan';
import { mappingOf, planTime, sequentialIds, sheetRecords, storedOrganization } from './importPlan.testHelpers';
import type { ExistingRecords, ImportPlanInput } from './importPlanTypes';
import type { CellValue } from './workbookTypes';

const empty: ExistingRecords = { organizations: [], deals: [], indicators: [], observations: [], events: [] };

function planOf(
  kind: ImportPlanInput['kind'],
  existing: ExistingRecords,
  fields: (string | null)[],
  rows: CellValue[][],
  options = {},
) {
  return buildImportPlan({
    kind,
    fileName: `${kind}.xlsx`,
    sheetName: 'Sheet1',
    headers: fields.map((field) => field ?? ''),
    rows: sheetRecords(rows),
    mapping: mappingOf(fields),
    options: { mode: 'add-and-update', ...options },
    existing,
    now: planTime,
    newId: sequentialIds(),
  });
}

describe('buildImportPlan for organizations', () => {
  const uzbektelecom = storedOrganization('JSC Uzbektelecom', { kind: 'operator' });
  const beeline = storedOrganization('Beeline', { aliases: ['Unitel'], kind: 'operator' });
  const existing = { ...empty, organizations: [uzbektelecom, beeline] };
  const plan = planOf(
    'organizations',
    existing,
    ['name', 'country', 'kind', 'aliases', 'itParkStatus', 'itParkSince'],
    [
      ['Uzbektelecom JSC', 'Узбекистан', 'Operator', null, null, null],
      ['Unitel', null, null, 'Beeline Uzbekistan', null, null],
      [null, 'CN', null, null, null, null],
      ['Huawei Tech Investment Tashkent LLC', 'Xitoy', null, null, 'Резидент', 2021],
      ['HUAWEI TECH INVESTMENT TASHKENT', 'China', null, null, null, null],
    ],
    // Beeline's stored aliases gain the row's: a change to a filled list, which only 'overwrite' writes.
    { updatePolicy: 'overwrite' },
  );

  it('matches by name whatever the legal form, and by alias, keeping the stored name', () => {
    expect(plan.rows[0]).toMatchObject({ status: 'updated', existingId: uzbektelecom.id, changedFields: ['country'] });
    expect(plan.rows[0].record).toMatchObject({ name: 'JSC Uzbektelecom', country: 'UZ' });
    expect(plan.rows[1]).toMatchObject({ status: 'updated', existingId: beeline.id, changedFields: ['aliases'] });
    expect(plan.rows[1].record).toMatchObject({ name: 'Beeline', aliases: ['Unitel', 'Beeline Uzbekistan'] });
  });

  it('refuses a nameless row without matching it, and catches a repeated name', () => {
    expect(plan.rows[2]).toMatchObject({ status: 'rejected', matchKey: null, existingId: null });
    expect(plan.rows[3]).toMatchObject({ status: 'added' });
    expect(plan.rows[3].record).toMatchObject({
      country: 'CN',
      itParkResidency: { status: 'resident', since: { unit: 'year', start: '2021-01-01' }, asOf: null },
    });
    expect(plan.rows[4].problems[0]).toMatchObject({ code: 'duplicate-row' });
    expect(plan.counts).toEqual({ added: 1, updated: 2, unchanged: 0, rejected: 2, skipped: 0 });
  });
});

describe('buildImportPlan for indicator observations', () => {
  const exports: Indicator = {
    id: '00000000-0000-4000-8000-000000000777',
    name: 'Services exports to China',
    unit: 'USD',
    description: '',
    country: 'UZ',
    createdAt: planTime,
    updatedAt: planTime,
    deletedAt: null,
  };
  const plan = planOf(
    'observations',
    { ...empty, indicators: [exports] },
    ['indicator', 'period', 'value', 'unit'],
    [
      ['SERVICES EXPORTS TO CHINA', 2023, '1 234,5', null],
      ['Services exports to China', 'Q1 2024', '-35,01', '%'],
      ['IT Park residents with Chinese capital', 'Q2 2025', 24, 'companies'],
      ['IT Park residents with Chinese capital', 'Q3 2025', 27, null],
      ['Chinese students', 2024, 900, null],
    ],
    { decimalSeparator: { 2: ',' } },
  );

  it('finds indicators by name, creates a missing one once, and checks units', () => {
    expect(plan.rows[0]).toMatchObject({ status: 'added', record: { indicatorId: exports.id, value: 1234.5 } });
    expect(plan.rows[1].problems[0]).toMatchObject({ column: 3, code: 'conflicting-values' });
    expect(plan.newIndicators).toEqual([
      expect.objectContaining({ name: 'IT Park residents with Chinese capital', unit: 'companies' }),
    ]);
    expect(plan.rows[3]).toMatchObject({ status: 'added', record: { indicatorId: plan.newIndicators[0].id } });
    expect(plan.rows[4].problems[0]).toMatchObject({ column: 3, code: 'missing-value' });
  });

  it('reads "-35,01" in a decimal-comma column as -35.01', () => {
    expect(plan.rows[1].record).toMatchObject({ value: -35.01 });
  });
});

describe('buildImportPlan for events', () => {
  it('resolves organizers and participants, creating unknown organizations', () => {
    const ucell = storedOrganization('Ucell');
    const plan = planOf(
      'events',
      { ...empty, organizations: [ucell] },
      ['name', 'date', 'organizer', 'participants'],
      [['China–Uzbekistan Digital Forum', '23–26 March 2025', 'IT Park', 'Ucell; ZTE']],
    );
    expect(plan.rows[0].status).toBe('added');
    const [itPark, zte] = plan.newOrganizations;
    expect(itPark).toMatchObject({ name: 'IT Park', kind: 'technology-park', country: null });
    expect(plan.rows[0].record).toMatchObject({
      date: { unit: 'day', start: '2025-03-23', end: '2025-03-26' },
      organizerIds: [itPark.id],
      participants: [{ organizationId: ucell.id }, { organizationId: zte.id }],
    });
  });
});
