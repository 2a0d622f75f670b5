import { describe, expect, it } from 'vitest';
import { proposeMapping } from './proposeMapping';
import { buildImportPlan } from './buildImportPlan';
import { dealHeaders, dealsPlanInput, dealsStore, sheetRecords } from './importPlan.testHelpers';
import type { ImportPlan } from './importPlanTypes';
import { problemsAsText } from './importProblemText';

const statusesOf = (plan: ImportPlan) => Object.fromEntries(plan.rows.map((row) => [row.rowNumber, row.status]));
const rowOf = (plan: ImportPlan, rowNumber: number) => plan.rows.find((row) => row.rowNumber === rowNumber)!;

describe('buildImportPlan over a ministry deals sheet', () => {
  const store = dealsStore();
  const plan = buildImportPlan(dealsPlanInput(store.existing));

  it('uses the mapping proposeMapping gives these headers', () => {
    const proposed = proposeMapping(dealHeaders, 'deals').map((proposal) => proposal.field);
    expect(proposed).toEqual(['title', 'kind', 'status', 'date', 'chineseParty', 'uzbekParty', 'amount', 'currency', 'sources']);
  });

  it('classifies every row', () => {
    expect(statusesOf(plan)).toEqual({
      2: 'unchanged',
      3: 'updated',
      4: 'added',
      5: 'rejected',
      6: 'rejected',
      7: 'rejected',
      8: 'added',
      9: 'added',
      10: 'added',
      11: 'unchanged',
    });
    expect(plan.counts).toEqual({ added: 4, updated: 1, unchanged: 2, rejected: 3, skipped: 1 });
  });

  it('reads the date column day first, as its 15/06/2023 shows, and the amounts with decimal points', () => {
    expect(plan.columnFormats).toEqual([
      expect.objectContaining({
        column: 3,
        format: 'date-order',
        finding: 'day-first',
        examples: [{ rowNumber: 2, text: '15/06/2023' }],
      }),
      expect.objectContaining({ column: 6, format: 'decimal-separator', finding: 'point' }),
    ]);
    expect(rowOf(plan, 3).record).toMatchObject({ date: { unit: 'day', start: '2024-03-01' } });
  });

  it('changes only the amount of the stored deal whose amount changed', () => {
    const row = rowOf(plan, 3);
    expect(row.existingId).toBe(store.dataCentre.id);
    expect(row.changedFields).toEqual(['money']);
    expect(row.record).toMatchObject({ id: store.dataCentre.id, money: { amount: 60_000_000, currency: 'USD' } });
  });

  it('never overwrites a stored value with a blank cell', () => {
    const row = rowOf(plan, 11);
    expect(row.existingId).toBe(store.groundStation.id);
    expect(row.record).toMatchObject({
      kind: 'project',
      status: 'completed',
      description: 'Built with Chinese equipment.',
      money: store.groundStation.money,
    });
  });

  it('never matches a row whose key is blank', () => {
    const row = rowOf(plan, 7);
    expect(row.matchKey).toBeNull();
    expect(row.existingId).toBeNull();
    expect(row.problems).toEqual([expect.objectContaining({ column: 0, field: 'title', code: 'missing-value' })]);
  });

  it('reports a repeated row on the later row, naming the first', () => {
    expect(rowOf(plan, 6).problems).toEqual([
      expect.objectContaining({
        code: 'duplicate-row',
        column: null,
        message: 'This row has the same title, date and parties as row 4, so it describes the same deal; only row 4 is imported.',
      }),
    ]);
  });

  it('builds new deals with kinds, parties, money and citations', () => {
    const cameras = rowOf(plan, 4).record;
    expect(cameras).toMatchObject({
      kind: 'commercial-contract',
      status: 'in-progress',
      money: { amount: 1.2e9, currency: 'USD' },
    });
    expect(cameras).toMatchObject({
      citations: [{ sourceId: plan.newSources[0].id, excerpt: 'https://example.org/news/1', location: 'Sheet Deals, row 4' }],
    });
    expect(rowOf(plan, 8).record).toMatchObject({ kind: 'memorandum', status: 'signed', money: null });
    expect(rowOf(plan, 9).record).toMatchObject({ money: { amount: 7e8, currency: 'USD' } });
    expect(rowOf(plan, 10).record).toMatchObject({ kind: 'loan', money: { amount: 150_000_000, currency: 'CNY', usd: null } });
  });

  it('creates each unknown party once, with the country its column implies, only for rows that are written', () => {
    const created = plan.newOrganizations.map(({ name, country, kind }) => ({ name, country, kind }));
    expect(created).toEqual([
      { name: 'Hikvision', country: 'CN', kind: 'private-company' },
      { name: 'Tashkent City Hokimiyat', country: 'UZ', kind: 'government' },
      { name: 'ZTE', country: 'CN', kind: 'private-company' },
      { name: 'China Unicom', country: 'CN', kind: 'operator' },
      { name: 'China Eximbank', country: 'CN', kind: 'financial-institution' },
      { name: 'Ministry of Energy', country: 'UZ', kind: 'ministry' },
    ]);
    const zte = plan.newOrganizations[2].id;
    expect(rowOf(plan, 9).record).toMatchObject({ parties: [{ organizationId: zte }, { organizationId: store.beeline.id }] });
    expect(plan.newSources).toEqual([
      expect.objectContaining({ title: 'mintech-deals-2025.xlsx', kind: 'dataset', language: 'en' }),
    ]);
  });

  it('leaves out new organizations no written row needs', () => {
    const withoutRow9 = buildImportPlan(dealsPlanInput(store.existing, { excludedRows: [9] }));
    expect(rowOf(withoutRow9, 9)).toMatchObject({ status: 'skipped', skipReason: 'excluded' });
    expect(withoutRow9.newOrganizations.map((organization) => organization.name)).not.toContain('ZTE');
  });

  it('explains every problem by row, column and what was expected', () => {
    expect(problemsAsText(plan).split('\n')).toEqual([
      'Row 5, column D (Signed): “31/02/2024” is not a date — February 2024 has no day 31 (it has 29 days). Expected a date such as 25 June 2015, 2015-06-25 or Q2 2025.',
      'Row 6: This row has the same title, date and parties as row 4, so it describes the same deal; only row 4 is imported. Expected each deal once in the file.',
      'Row 7, column A (Title): The cell is empty, and every deal needs a title. Expected a title.',
    ]);
  });
});

describe('buildImportPlan over amounts repeated down a column', () => {
  it('reads the same amount text in the currency of each row, and the same text twice alike', () => {
    const store = dealsStore();
    const row = (title: string, amount: string, currency: string | null) => [
      title,
      'Contract',
      'Signed',
      '01/02/2025',
      'Huawei',
      'Uzbektelecom JSC',
      amount,
      currency,
      null,
    ];
    const plan = buildImportPlan({
      ...dealsPlanInput(store.existing, { defaultCurrency: 'UZS' }),
      rows: sheetRecords([
        row('Towers', '1.2 million', 'USD'),
        row('Cables', '1.2 million', 'CNY'),
        row('Masts', '1.2 million', 'USD'),
        row('Poles', '1.2 million', null),
        row('Dishes', 'about 5 bn', 'CNY'),
        row('Ducts', 'about 5 bn', 'CNY'),
        row('Vaults', '1.2 milion', 'USD'),
      ]),
    });
    const moneyOf = (rowNumber: number) => (rowOf(plan, rowNumber).record as { money?: unknown }).money;
    expect([2, 3, 4, 5].map(moneyOf)).toMatchObject([
      { amount: 1_200_000, currency: 'USD' },
      { amount: 1_200_000, currency: 'CNY' },
      { amount: 1_200_000, currency: 'USD' },
      { amount: 1_200_000, currency: 'UZS' },
    ]);
    expect([6, 7].map(moneyOf)).toMatchObject([
      { amount: 5e9, currency: 'CNY', qualifier: 'approximately' },
      { amount: 5e9, currency: 'CNY', qualifier: 'approximately' },
    ]);
    expect(problemsAsText(plan)).toMatch(/Row 8, column G/);
  });
});

describe('buildImportPlan modes', () => {
  const store = dealsStore();

  it('add-only writes new deals and leaves changed stored deals alone', () => {
    const plan = buildImportPlan(dealsPlanInput(store.existing, { mode: 'add-only' }));
    expect(plan.counts).toEqual({ added: 4, updated: 0, unchanged: 2, rejected: 3, skipped: 2 });
    expect(rowOf(plan, 3)).toMatchObject({ status: 'skipped', skipReason: 'exists', changedFields: ['money'] });
  });

  it('update-only changes stored deals and adds nothing, not even organizations', () => {
    const plan = buildImportPlan(dealsPlanInput(store.existing, { mode: 'update-only' }));
    expect(plan.counts).toEqual({ added: 0, updated: 1, unchanged: 2, rejected: 3, skipped: 5 });
    expect(rowOf(plan, 4)).toMatchObject({ status: 'skipped', skipReason: 'not-in-store' });
    expect(plan.newOrganizations).toEqual([]);
    expect(plan.newSources).toEqual([]);
  });

  it('reports the whole mapping when a required field has no column', () => {
    const input = dealsPlanInput(store.existing);
    const plan = buildImportPlan({ ...input, mapping: input.mapping.filter((entry) => entry.field !== 'title') });
    expect(plan.mappingProblems).toEqual([
      'No column is mapped to Title; every deal needs one, so every new row will be refused. Map a column to Title.',
    ]);
    expect(rowOf(plan, 4).problems[0]).toMatchObject({
      column: null,
      message: 'No column is mapped to title, and every deal needs one.',
    });
  });
});
