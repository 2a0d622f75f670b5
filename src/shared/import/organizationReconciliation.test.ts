import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import dataset from '../../../resources/default-dataset.json';
import type { Deal } from '../model/deal';
import type { Organization } from '../model/organization';
import { buildImportPlan } from './buildImportPlan';
import { planTime, sequentialIds, sheetRecords } from './importPlan.testHelpers';
import type { ExistingRecords, ImportOptions, ImportPlanInput } from './importPlanTypes';
import { organizationKey } from './matchOrganizations';
import { reconcileOrganizations } from './organizationReconciliation';
import { readWorkbook } from './readWorkbook';

/*
 * organization-spellings.xlsx was written by openpyxl (fixtures/makeOrganizationFixtures.py), not
 * SheetJS: deals whose parties are spelled as other people spell the default dataset's organizations.
 */
const defaultStore: ExistingRecords = {
  organizations: dataset.organizations as unknown as Organization[],
  deals: dataset.deals as unknown as Deal[],
  indicators: [],
  observations: [],
  events: [],
};
const organizationNamed = (name: string) => defaultStore.organizations.find((organization) => organization.name === name)!;
const uzbektelecom = organizationNamed('Uzbektelecom');
const huawei = organizationNamed('Huawei');
const beeline = organizationNamed('Beeline');

function fixtureInput(options: Partial<ImportOptions> = {}): ImportPlanInput {
  const name = 'organization-spellings.xlsx';
  const read = readWorkbook(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), name);
  if (!read.ok) throw new Error(read.error.message);
  const [headers, ...rows] = read.workbook.sheets[0].rows;
  return {
    kind: 'deals',
    fileName: name,
    sheetName: 'Deals',
    headers: headers.map(String),
    rows: sheetRecords(rows),
    mapping: ['title', 'date', 'chineseParty', 'uzbekParty', 'parties'].map((field, column) => ({ column, field })),
    options: { mode: 'add-and-update', ...options },
    existing: defaultStore,
    now: planTime,
    newId: sequentialIds(),
  };
}

function plan(options: Partial<ImportOptions> = {}) {
  const input = fixtureInput(options);
  const built = buildImportPlan(input);
  return { plan: built, reconciliation: reconcileOrganizations(built, input) };
}

const partiesOfRow = (built: ReturnType<typeof plan>['plan'], rowNumber: number) => {
  const record = built.rows.find((row) => row.rowNumber === rowNumber)!.record as Deal;
  return record.parties.map((party) => party.organizationId);
};

describe('reconciling the organizations an import would create', () => {
  it('lists every name the store does not know, with its rows, closest organizations and country', () => {
    const { reconciliation } = plan();
    const listed = reconciliation.names.map((entry) => ({
      name: entry.name,
      rows: entry.firstRowNumbers,
      decision: entry.decision.action,
      decidedBy: entry.decidedBy,
      closest: entry.candidates[0]?.name ?? null,
      proposed: entry.proposedOrganizationId,
      country: entry.country,
      countryFrom: entry.countryFrom,
    }));
    expect(listed).toEqual([
      {
        name: 'ООО "Хуавей Текнолоджиз"',
        rows: [2],
        decision: 'create',
        decidedBy: 'no-match',
        closest: 'Huawei',
        proposed: huawei.id,
        country: 'CN',
        countryFrom: 'the Chinese party column',
      },
      {
        name: 'АО «Узбектелеком»',
        rows: [2, 5],
        decision: 'link',
        decidedBy: 'certain-match',
        closest: 'Uzbektelecom',
        proposed: uzbektelecom.id,
        country: null,
        countryFrom: null,
      },
      {
        name: 'Beeline (Unitel)',
        rows: [3],
        decision: 'link',
        decidedBy: 'certain-match',
        closest: 'Beeline',
        proposed: beeline.id,
        country: null,
        countryFrom: null,
      },
      {
        name: '华为技术有限公司',
        rows: [4],
        decision: 'create',
        decidedBy: 'no-match',
        closest: null,
        proposed: null,
        country: 'CN',
        countryFrom: 'the Chinese party column',
      },
      {
        name: 'UZTELECOM JSC',
        rows: [4],
        decision: 'create',
        decidedBy: 'no-match',
        closest: 'Uzbektelecom',
        proposed: uzbektelecom.id,
        country: 'UZ',
        countryFrom: 'the Uzbek party column',
      },
      {
        name: 'Government of Malaysia',
        rows: [5],
        decision: 'create',
        decidedBy: 'no-match',
        closest: null,
        proposed: null,
        country: null,
        countryFrom: null,
      },
      {
        name: 'Hikvision',
        rows: [5],
        decision: 'create',
        decidedBy: 'no-match',
        closest: null,
        proposed: null,
        country: 'CN',
        countryFrom: 'the Chinese party column',
      },
    ]);
    expect(reconciliation.nameCount).toBe(7);
  });

  it('links a certain match without creating it, and creates the rest', () => {
    const { plan: built } = plan();
    expect(partiesOfRow(built, 2)).toContain(uzbektelecom.id);
    expect(partiesOfRow(built, 3)).toEqual([beeline.id]);
    expect(built.newOrganizations.map((organization) => organization.name)).toEqual([
      'ООО "Хуавей Текнолоджиз"',
      '华为技术有限公司',
      'UZTELECOM JSC',
      'Government of Malaysia',
      'Hikvision',
    ]);
    expect(built.updatedOrganizations).toEqual([]);
  });

  it('follows the analyst’s choice for every row naming the organization', () => {
    const { plan: built, reconciliation } = plan({
      organizationChoices: {
        [organizationKey('UZTELECOM JSC')]: { action: 'link', organizationId: uzbektelecom.id },
        [organizationKey('ООО "Хуавей Текнолоджиз"')]: { action: 'alias', organizationId: huawei.id },
        [organizationKey('АО «Узбектелеком»')]: { action: 'create' },
      },
    });
    expect(partiesOfRow(built, 4)).toContain(uzbektelecom.id);
    expect(partiesOfRow(built, 2)).toContain(huawei.id);
    // Created as the analyst asked, even though it is certainly Uzbektelecom; rows 2 and 5 both name the new one.
    const created = built.newOrganizations.find((organization) => organization.name === 'АО «Узбектелеком»')!;
    expect(created.country).toBe('UZ');
    expect(partiesOfRow(built, 5)).toContain(created.id);
    expect(partiesOfRow(built, 2)).toContain(created.id);
    expect(built.updatedOrganizations).toEqual([
      expect.objectContaining({ id: huawei.id, aliases: [...huawei.aliases, 'ООО "Хуавей Текнолоджиз"'] }),
    ]);
    expect(built.newOrganizations.map((organization) => organization.name)).not.toContain('UZTELECOM JSC');
    const decided = reconciliation.names.filter((entry) => entry.decidedBy === 'analyst').map((entry) => entry.name);
    expect(decided).toEqual(['ООО "Хуавей Текнолоджиз"', 'АО «Узбектелеком»', 'UZTELECOM JSC']);
  });

  it('adds no alias for a row that is not written, and ignores a choice of an organization no longer stored', () => {
    const key = organizationKey('ООО "Хуавей Текнолоджиз"');
    const { plan: skipped } = plan({
      excludedRows: [2],
      organizationChoices: { [key]: { action: 'alias', organizationId: huawei.id } },
    });
    expect(skipped.updatedOrganizations).toEqual([]);
    const gone = plan({ organizationChoices: { [key]: { action: 'link', organizationId: 'no-longer-stored' } } });
    expect(gone.plan.newOrganizations.map((organization) => organization.name)).toContain('ООО "Хуавей Текнолоджиз"');
  });
});

describe('the country of a new organization', () => {
  it('is the one its column implies, and unknown where no column says one: never a default', () => {
    const { plan: built } = plan();
    const countryOf = (name: string) => built.newOrganizations.find((organization) => organization.name === name)?.country;
    expect(countryOf('Hikvision')).toBe('CN');
    expect(countryOf('UZTELECOM JSC')).toBe('UZ');
    expect(countryOf('Government of Malaysia')).toBeNull();
  });

  it('is unknown for an organization imported from a list without a country column', () => {
    const input: ImportPlanInput = {
      ...fixtureInput(),
      kind: 'organizations',
      headers: ['Name'],
      rows: sheetRecords([['Government of Malaysia'], ['Selangor State Government']]),
      mapping: [{ column: 0, field: 'name' }],
    };
    const built = buildImportPlan(input);
    expect(built.rows.map((row) => [row.status, (row.record as Organization).country])).toEqual([
      ['added', null],
      ['added', null],
    ]);
  });
});
