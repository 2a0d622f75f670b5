import { describe, expect, it } from 'vitest';
import type { Deal } from '../model/deal';
import { dateEstimateChoices, findSharedKeys } from './enumChoices';
import { storedDeal } from './importPlan.testHelpers';
import { emptyStore, importAsProposed } from './importOwnFile.testHelpers';
import type { ImportPlan } from './importPlanTypes';

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

function dateOf(plan: ImportPlan, title: string) {
  const row = plan.rows.find((planned) => (planned.record as Deal).title === title);
  if (!row) throw new Error(`No row titled ${title}`);
  return (row.record as Deal).date;
}

describe('an approximate date in an imported file', () => {
  it('reads each word of a yes/no column as one answer only', () => {
    expect(findSharedKeys(dateEstimateChoices)).toEqual([]);
  });

  it.each([
    ['Date is approximate', 'Yes', 'No'],
    ['Date estimated', 'TRUE', 'FALSE'],
    ['Дата приблизительная', 'Да', 'Нет'],
    ['Taxminiy sana', 'Ha', 'Yo‘q'],
    ['估计日期', '是', '否'],
  ])('comes from a "%s" column beside the date', (header, yes, no) => {
    const { plan, mapping } = importAsProposed(
      csv([`Title,Date,${header}`, `Tunnel loan,2021-03-15,${yes}`, `Fibre line,2019,${no}`, 'Data centre,Q2 2025,']),
      'deals.csv',
      emptyStore,
    );
    expect(mapping[header]).toBe('dateEstimated');
    expect(plan.counts).toMatchObject({ added: 3, rejected: 0 });
    expect(dateOf(plan, 'Tunnel loan')).toEqual({ unit: 'day', start: '2021-03-15', end: '2021-03-15', approximate: true });
    expect(dateOf(plan, 'Fibre line')).toEqual({ unit: 'year', start: '2019-01-01', end: '2019-12-31' });
    expect(dateOf(plan, 'Data centre')).toEqual({ unit: 'quarter', start: '2025-04-01', end: '2025-06-30' });
  });

  it('comes from the date cell itself: "c. 2021", "около 2021 г.", "约2021年"', () => {
    const titles = ['Tunnel loan', 'Fibre line', 'Data centre', 'Smart city'];
    const { plan } = importAsProposed(
      csv([
        'Title,Date,Value (USD)',
        ...['c. 2021', 'около 2021 г.', '约2021年', '2021'].map((date, at) => `${titles[at]},${date},${(at + 1) * 1_000_000}`),
      ]),
      'deals.csv',
      emptyStore,
    );
    const year2021 = { unit: 'year', start: '2021-01-01', end: '2021-12-31' };
    expect(titles.map((title) => dateOf(plan, title))).toEqual([
      { ...year2021, approximate: true },
      { ...year2021, approximate: true },
      { ...year2021, approximate: true },
      year2021,
    ]);
  });

  it('changes a stored date’s flag and nothing else, and a flag alone marks the stored date', () => {
    const stored = storedDeal('Tunnel loan', { date: { unit: 'year', start: '2021-01-01', end: '2021-12-31' } });
    const estimated = storedDeal('Fibre line', {
      date: { unit: 'year', start: '2019-01-01', end: '2019-12-31', approximate: true },
    });
    const existing = { ...emptyStore, deals: [stored, estimated] };
    const { plan } = importAsProposed(
      csv(['ID,Title,Date estimated', `${stored.id},Tunnel loan,Yes`, `${estimated.id},Fibre line,No`]),
      'deals.csv',
      existing,
    );
    expect(plan.counts).toMatchObject({ updated: 2, rejected: 0 });
    expect(plan.rows.map((row) => row.changedFields)).toEqual([['date'], ['date']]);
    expect(dateOf(plan, 'Tunnel loan')).toEqual({ ...stored.date, approximate: true });
    expect(dateOf(plan, 'Fibre line')).toEqual({ unit: 'year', start: '2019-01-01', end: '2019-12-31' });
  });
});
