import { describe, expect, it } from 'vitest';
import { moneyFromNumber } from '../values/money';
import { buildImportPlan } from './buildImportPlan';
import { dealsPlanInput, storedDeal, storedOrganization } from './importPlan.testHelpers';
import type { ExistingRecords } from './importPlanTypes';
import type { CellValue } from './workbookTypes';

const rowCount = 100_000;
const storedCount = 10_000;

/** Row i of a large sheet: parties from a small set, as real sheets have; every date written day first. */
function dealRow(i: number): CellValue[] {
  const [day, month, year] = [(i % 28) + 1, (i % 12) + 1, 2015 + (i % 10)];
  const chinese = `China Partner ${i < storedCount ? i % 40 : i % 60}`;
  const date = i >= storedCount && i % 1000 === 0 ? '31/02/2024' : `${day}/${month}/${year}`;
  return [`Deal ${i}`, 'Contract', 'Signed', date, chinese, `Uzbek Partner ${i % 40}`, 1000 + i, 'USD', null];
}

describe('buildImportPlan at 100,000 rows', () => {
  it('plans a large deals sheet in linear time', () => {
    const chinese = Array.from({ length: 40 }, (_, n) => storedOrganization(`China Partner ${n}`, { country: 'CN' }));
    const uzbek = Array.from({ length: 40 }, (_, n) => storedOrganization(`Uzbek Partner ${n}`, { country: 'UZ' }));
    const deals = Array.from({ length: storedCount }, (_, i) => {
      const [day, month, year] = [(i % 28) + 1, (i % 12) + 1, 2015 + (i % 10)];
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return storedDeal(`Deal ${i}`, {
        date: { unit: 'day', start: iso, end: iso },
        parties: [chinese[i % 40], uzbek[i % 40]].map((organization) => ({
          organizationId: organization.id,
          role: 'partner' as const,
        })),
        // The first half is stored as the sheet has it; the second half with another amount.
        money: moneyFromNumber(i < storedCount / 2 ? 1000 + i : 1, 'USD'),
      });
    });
    const existing: ExistingRecords = {
      organizations: [...chinese, ...uzbek],
      deals,
      indicators: [],
      observations: [],
      events: [],
    };
    const cells: CellValue[][] = [];
    for (let i = 0; i < rowCount; i++) {
      // Every thousandth new row repeats the row before it.
      cells.push(i >= storedCount && i % 1000 === 2 ? cells[i - 1] : dealRow(i));
    }
    const input = {
      ...dealsPlanInput(existing),
      rows: cells.map((row, i) => ({ rowNumber: i + 2, cells: row })),
      skippedRowCount: 0,
    };

    // CPU time as well as wall time: the figure that matters when other work shares the machine.
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    const plan = buildImportPlan(input);
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(startedCpu);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(
      `buildImportPlan: ${rowCount.toLocaleString('en-US')} rows in ${Math.round(elapsed)} ms (${Math.round(cpuMs)} ms CPU)`,
    );

    expect(plan.counts).toEqual({ added: 89_820, updated: 5_000, unchanged: 5_000, rejected: 180, skipped: 0 });
    expect(plan.newOrganizations).toHaveLength(20);
    expect(plan.rows[storedCount / 2].changedFields).toEqual(['money']);
  });
});
