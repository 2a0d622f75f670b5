import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../model/indicator';
import { buildImportPlan } from './buildImportPlan';
import { dealsPlanInput, dealsStore, mappingOf, planTime, sequentialIds, sheetRecords } from './importPlan.testHelpers';
import type { ImportPlanInput } from './importPlanTypes';
import { storedNotInFile } from './storedNotInFile';
import { defaultDatasetRecords, planResidentsReimport } from './residentsReimport.testHelpers';
import { updateDiffOf } from './updateDiff';

const dataset = defaultDatasetRecords();

describe('the diff of a matched record', () => {
  it('shows each differing field of the residents list with its stored and incoming text, and what is written', () => {
    const { preview } = planResidentsReimport(dataset);
    expect(preview.updates.count).toBe(3);
    const soluxe = preview.updates.updates.find((update) => update.title === 'SOLUXE CONSULTING')!;
    const notes = dataset.organizations.find((organization) => organization.name === 'SOLUXE CONSULTING')!.notes;
    expect(soluxe).toMatchObject({ rowNumber: 2, status: 'updated' });
    expect(soluxe.changes).toEqual([
      { field: 'country', label: 'Country', current: 'Uzbekistan', incoming: 'China', kept: 'filled' },
      { field: 'aliases', label: 'Aliases', current: '', incoming: 'Soluxe', kept: null },
      { field: 'itParkResidency.since', label: 'IT Park since', current: '', incoming: '15 Mar 2024', kept: null },
      { field: 'notes', label: 'Notes', current: notes, incoming: 'Chinese-owned consultancy.', kept: 'curated' },
    ]);
    // Nothing is written for ZTE China, but what the file says differently is still shown.
    const zte = preview.updates.updates.find((update) => update.title === 'ZTE China')!;
    expect(zte.status).toBe('unchanged');
    expect(zte.changes.map((change) => [change.label, change.kept])).toEqual([
      ['Country', 'filled'],
      ['Notes', 'curated'],
    ]);
  });

  it('under overwrite, marks the new country as written', () => {
    const { preview } = planResidentsReimport(dataset, { updatePolicy: 'overwrite' });
    const one = preview.updates.updates.find((update) => update.title === 'ONE Cloud China Tech')!;
    expect(one.changes).toEqual([
      { field: 'country', label: 'Country', current: 'Uzbekistan', incoming: 'China', kept: null },
      { field: 'itParkResidency.since', label: 'IT Park since', current: '', incoming: '1 May 2024', kept: null },
    ]);
  });

  it('writes amounts in words, dates as analysts write them, and parties by name with their role', () => {
    const store = dealsStore();
    const input: ImportPlanInput = {
      ...dealsPlanInput(store.existing),
      headers: ['ID', 'Title', 'Signed', 'Chinese party', 'Amount', 'Currency'],
      rows: sheetRecords([[store.dataCentre.id, 'Data centre in Tashkent', 'June–July 2024', 'ZTE', '≈ 60 млн', 'CNY']]),
      mapping: mappingOf(['id', 'title', 'date', 'chineseParty', 'amount', 'currency']),
    };
    const plan = buildImportPlan(input);
    const [update] = updateDiffOf(plan, input).updates;
    expect(update.changes.map(({ label, current, incoming }) => [label, current, incoming])).toEqual([
      ['Date', '1 Mar 2024', 'Jun–Jul 2024'],
      [
        'Parties',
        'Huawei Technologies Co., Ltd. (partner); Beeline (partner)',
        'Huawei Technologies Co., Ltd. (partner); Beeline (partner); ZTE (partner)',
      ],
      ['Amount', 'USD 50 million', 'approximately CNY 60 million'],
    ]);
  });

  it('lists nothing when every row is new', () => {
    const input = dealsPlanInput({ organizations: [], deals: [], indicators: [], observations: [], events: [] });
    const plan = buildImportPlan(input);
    expect(updateDiffOf(plan, input)).toEqual({ count: 0, updates: [] });
    expect(plan.storedNotInFile).toEqual([]);
  });
});

describe('stored records a keyed file leaves out', () => {
  it('are listed only when some row matched a stored record', () => {
    const store = dealsStore();
    const matched = buildImportPlan(dealsPlanInput(store.existing));
    // The sheet restates the pilot, the data centre and the ground station: the store has no other deal.
    expect(matched.storedNotInFile).toEqual([]);
    const partial = dealsPlanInput(store.existing);
    const onlyPilot = buildImportPlan({ ...partial, rows: partial.rows.slice(0, 1) });
    expect(onlyPilot.storedNotInFile).toEqual([store.dataCentre.id, store.groundStation.id]);
  });

  it('are, for observations, those of the indicators the file has figures for', () => {
    const stamp = { createdAt: planTime, updatedAt: planTime, deletedAt: null };
    const indicator = (id: string, name: string): Indicator => ({
      id,
      name,
      unit: 'USD',
      description: '',
      country: null,
      ...stamp,
    });
    const exports = indicator('00000000-0000-4000-8000-000000000101', 'Services exports to China');
    const residents = indicator('00000000-0000-4000-8000-000000000102', 'IT Park residents');
    const observation = (id: string, indicatorId: string, year: number): Observation => ({
      id,
      indicatorId,
      period: { unit: 'year', start: `${year}-01-01`, end: `${year}-12-31` },
      value: 1,
      qualifier: 'exact',
      basis: 'period',
      organizationIds: [],
      notes: '',
      citations: [],
      ...stamp,
    });
    const observations = [
      observation('00000000-0000-4000-8000-000000000201', exports.id, 2023),
      observation('00000000-0000-4000-8000-000000000202', exports.id, 2024),
      observation('00000000-0000-4000-8000-000000000203', residents.id, 2024),
    ];
    const input: ImportPlanInput = {
      kind: 'observations',
      fileName: 'exports.xlsx',
      sheetName: 'Sheet1',
      headers: ['Indicator', 'Period', 'Value'],
      rows: sheetRecords([['Services exports to China', 2024, 2]]),
      mapping: mappingOf(['indicator', 'period', 'value']),
      options: { mode: 'add-and-update' },
      existing: { organizations: [], deals: [], indicators: [exports, residents], observations, events: [] },
      now: planTime,
      newId: sequentialIds(),
    };
    const plan = buildImportPlan(input);
    expect(plan.rows[0].existingId).toBe(observations[1].id);
    expect(storedNotInFile(input, plan.rows)).toEqual([observations[0].id]);
  });
});
