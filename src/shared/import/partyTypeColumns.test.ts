import { describe, expect, it } from 'vitest';
import { buildImportPlan } from './buildImportPlan';
import type { ImportPlanInput } from './importPlanTypes';
import { planTime, sequentialIds, sheetRecords } from './importPlan.testHelpers';
import { reconcileOrganizations } from './organizationReconciliation';
import { proposeMapping } from './proposeMapping';

// A register of the analyst's own, not GCDF: a role column with its type column beside it.
const headers = ['Title', 'Contractor', 'Contractor type'];
const rows = [
  ['Data centre in Tashkent', 'Посольство КНР|Toshkent Shahar Qurilish', 'Посольство|davlat korxonasi'],
  ['Fibre link to Nukus', 'China Eximbank||Sarawak State Government', 'Государственный банк|Ghost type|'],
];

function planOf(mappedHeaders: readonly string[]) {
  const proposal = proposeMapping(mappedHeaders, 'deals');
  const input: ImportPlanInput = {
    kind: 'deals',
    fileName: 'contractors.xlsx',
    sheetName: 'Contracts',
    headers: mappedHeaders,
    rows: sheetRecords(rows),
    skippedRowCount: 0,
    mapping: proposal.flatMap(({ column, field }) => (field ? [{ column, field }] : [])),
    options: { mode: 'add-and-update' },
    existing: { organizations: [], deals: [], indicators: [], observations: [], events: [] },
    now: planTime,
    newId: sequentialIds(),
  };
  const plan = buildImportPlan(input);
  return { proposal, plan, reconciliation: reconcileOrganizations(plan, input) };
}

describe('a type column beside a role column', () => {
  it('is mapped as that role’s types, in any language the role column’s header is', () => {
    const { proposal } = planOf(headers);
    expect(proposal.map(({ header, field }) => [header, field])).toEqual([
      ['Title', 'title'],
      ['Contractor', 'contractors'],
      ['Contractor type', 'contractorsTypes'],
    ]);
    const chinese = planOf(['Title', '承包商', '承包商类型']).proposal;
    expect(chinese.map(({ field }) => field)).toEqual(['title', 'contractors', 'contractorsTypes']);
  });

  it('gives each new organization the kind its type says, member by member, and says where it came from', () => {
    const { plan, reconciliation } = planOf(headers);
    const kinds = Object.fromEntries(plan.newOrganizations.map(({ name, kind }) => [name, kind]));
    expect(kinds).toEqual({
      'Посольство КНР': 'government',
      'Toshkent Shahar Qurilish': 'state-owned-company',
      'China Eximbank': 'financial-institution',
      // The member is blank in the type list: the name decides.
      'Sarawak State Government': 'government',
    });
    const listed = reconciliation.names.map(({ name, kind, kindFrom }) => ({ name, kind, kindFrom }));
    expect(listed).toContainEqual({
      name: 'Посольство КНР',
      kind: 'government',
      kindFrom: '“Посольство” in the Contractors: type column',
    });
    expect(listed).toContainEqual({
      name: 'China Eximbank',
      kind: 'financial-institution',
      kindFrom: '“Государственный банк” in the Contractors: type column',
    });
    expect(listed).toContainEqual({ name: 'Sarawak State Government', kind: 'government', kindFrom: null });
  });

  it('leaves the kind to the name when the file has no type column', () => {
    const withoutTypes = planOf(['Title', 'Contractor', 'Notes']).plan;
    expect(withoutTypes.newOrganizations.find(({ name }) => name === 'Toshkent Shahar Qurilish')?.kind).toBe('private-company');
    expect(withoutTypes.newOrganizations.find(({ name }) => name === 'Посольство КНР')?.kind).toBe('government');
  });
});
