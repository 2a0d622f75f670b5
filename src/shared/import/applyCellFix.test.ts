import { describe, expect, it } from 'vitest';
import { applyCellFix, buildImportPlan } from './buildImportPlan';
import { dealsPlanInput, dealsStore } from './importPlan.testHelpers';
import type { ImportPlan } from './importPlanTypes';

const rowOf = (plan: ImportPlan, rowNumber: number) => plan.rows.find((row) => row.rowNumber === rowNumber)!;

describe('applyCellFix', () => {
  const store = dealsStore();
  const input = dealsPlanInput(store.existing);
  const plan = buildImportPlan(input);

  it('re-plans the corrected row with the column’s format and reuses the file’s new organizations', () => {
    const fixed = applyCellFix(plan, input, 5, 3, ' 29/02/2024 ');
    const row = rowOf(fixed.plan, 5);
    expect(row).toMatchObject({ status: 'added', problems: [], record: { date: { start: '2024-02-29' } } });
    expect(fixed.plan.counts).toEqual({ added: 5, updated: 1, unchanged: 2, rejected: 2, skipped: 1 });
    // Row 5's "ZTE" and row 9's "ZTE Corporation" are still one new organization, with the same id.
    const zte = plan.newOrganizations.find((organization) => organization.name === 'ZTE')!;
    expect(fixed.plan.newOrganizations.filter((organization) => organization.name === 'ZTE')).toEqual([zte]);
    expect(row.record).toMatchObject({ parties: [{ organizationId: zte.id }, { organizationId: store.uzbektelecom.id }] });
    expect(fixed.input.rows[3].cells[3]).toBe('29/02/2024');
    expect(input.rows[3].cells[3]).toBe('31/02/2024');
    expect(rowOf(plan, 5).status).toBe('rejected');
  });

  it('keeps duplicates consistent across the file after a fix', () => {
    const first = applyCellFix(plan, input, 5, 3, '29/02/2024');
    // Row 7 gets the pilot's title; it now repeats row 2, which already stands for the stored pilot.
    const second = applyCellFix(first.plan, first.input, 7, 0, '5G network pilot');
    expect(rowOf(second.plan, 7)).toMatchObject({ status: 'rejected', existingId: store.pilot.id });
    expect(rowOf(second.plan, 7).problems).toEqual([expect.objectContaining({ code: 'duplicate-row' })]);
    expect(rowOf(second.plan, 5).status).toBe('added');
    // Giving row 6 a title of its own ends its duplication of row 4.
    const third = applyCellFix(second.plan, second.input, 6, 0, 'Smart city cameras, phase 2');
    expect(rowOf(third.plan, 6)).toMatchObject({ status: 'added', problems: [] });
    expect(third.plan.counts).toEqual({ added: 6, updated: 1, unchanged: 2, rejected: 1, skipped: 1 });
  });

  it('refuses a row the plan does not have', () => {
    expect(() => applyCellFix(plan, input, 99, 0, 'x')).toThrow(RangeError);
  });
});
