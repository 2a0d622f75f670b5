import { describe, expect, it } from 'vitest';
import type { Organization } from '../model/organization';
import { moneyFromNumber } from '../values/money';
import { buildImportPlan } from './buildImportPlan';
import {
  dealsPlanInput,
  dealsStore,
  mappingOf,
  planTime,
  sequentialIds,
  sheetRecords,
  storedDeal,
  storedOrganization,
} from './importPlan.testHelpers';
import type { ExistingRecords, ImportPlan, ImportPlanInput } from './importPlanTypes';
import { defaultDatasetRecords, planResidentsReimport } from './residentsReimport.testHelpers';
import type { CellValue } from './workbookTypes';

const dataset = defaultDatasetRecords();
const storedNamed = (name: string) => dataset.organizations.find((organization) => organization.name === name)!;
const rowNamed = (plan: ImportPlan, name: string) => plan.rows.find((row) => 'name' in row.record && row.record.name === name)!;
const recordNamed = (plan: ImportPlan, name: string) => rowNamed(plan, name).record as Organization;
const day = (iso: string) => ({ unit: 'day', start: iso, end: iso });

describe('re-importing a residents list over the default dataset', () => {
  it('reads the file as organizations with every column mapped', () => {
    const { kind, mapping } = planResidentsReimport(dataset);
    expect(kind).toBe('organizations');
    expect(mapping.map(({ field }) => field)).toEqual(['name', 'country', 'itParkStatus', 'itParkSince', 'aliases', 'notes']);
  });

  it('fills only empty fields by default: countries and notes stay, missing dates and aliases are filled', () => {
    const { plan } = planResidentsReimport(dataset);
    const soluxe = storedNamed('SOLUXE CONSULTING');
    expect(recordNamed(plan, 'SOLUXE CONSULTING')).toMatchObject({
      country: 'UZ',
      notes: soluxe.notes,
      aliases: ['Soluxe'],
      itParkResidency: { status: 'resident', since: day('2024-03-15'), asOf: soluxe.itParkResidency?.asOf },
    });
    expect(rowNamed(plan, 'SOLUXE CONSULTING')).toMatchObject({
      status: 'updated',
      changedFields: ['aliases', 'itParkResidency'],
    });
    // Every value the row has for ZTE China is already stored otherwise: nothing is written.
    expect(rowNamed(plan, 'ZTE China')).toMatchObject({ status: 'unchanged', changedFields: [] });
    expect(recordNamed(plan, 'ZTE China')).toMatchObject({ country: 'UZ', notes: storedNamed('ZTE China').notes });
    expect(plan.counts).toMatchObject({ added: 1, updated: 2, unchanged: 1, rejected: 0 });
  });

  it('overwrites stored values when asked, yet never replaces notes nor erases with a blank cell', () => {
    const { plan } = planResidentsReimport(dataset, { updatePolicy: 'overwrite' });
    for (const name of ['SOLUXE CONSULTING', 'ZTE China', 'ONE Cloud China Tech']) {
      expect(recordNamed(plan, name)).toMatchObject({ country: 'CN', notes: storedNamed(name).notes });
      expect(rowNamed(plan, name).keptChanges.map((kept) => kept.field)).toEqual(
        name === 'ONE Cloud China Tech' ? [] : ['notes'],
      );
    }
    // ONE Cloud China Tech's notes cell is blank: its stored notes stay, and nothing is kept back.
    expect(recordNamed(plan, 'ONE Cloud China Tech').notes).toBe(storedNamed('ONE Cloud China Tech').notes);
    expect(recordNamed(plan, 'Tashkent Cloud Lab')).toMatchObject({ country: 'CN', notes: 'New resident in 2025.' });
  });

  it('lists the stored organizations the file leaves out, and changes none of them', () => {
    const { plan, preview } = planResidentsReimport(dataset);
    expect(preview.storedNotInFile.count).toBe(dataset.organizations.length - 3);
    expect(preview.storedNotInFile.titles).toContain('RENRUI CA SERVICES');
    expect(preview.storedNotInFile.titles).not.toContain('ZTE China');
    const missingIds = new Set(plan.storedNotInFile);
    expect(plan.rows.some((row) => row.existingId !== null && missingIds.has(row.existingId))).toBe(false);
  });
});

describe('the update policy on each kind of field', () => {
  const organizationsInput = (existing: Organization[], rows: CellValue[][], options: Partial<ImportPlanInput['options']>) => ({
    kind: 'organizations' as const,
    fileName: 'organizations.xlsx',
    sheetName: 'Sheet1',
    headers: ['Name', 'Country', 'Aliases', 'Notes'],
    rows: sheetRecords(rows),
    mapping: mappingOf(['name', 'country', 'aliases', 'notes']),
    options: { mode: 'add-and-update' as const, ...options },
    existing: { organizations: existing, deals: [], indicators: [], observations: [], events: [] },
    now: planTime,
    newId: sequentialIds(),
  });

  it('fills empty notes, and under either policy never replaces written ones', () => {
    const blank = storedOrganization('Blank notes', { country: 'UZ' });
    const written = storedOrganization('Written notes', { notes: 'Checked with the registry.' });
    const rows = [
      ['Blank notes', null, null, 'From the ministry list.'],
      ['Written notes', null, null, 'From the ministry list.'],
    ];
    for (const updatePolicy of ['fill-empty', 'overwrite'] as const) {
      const plan = buildImportPlan(organizationsInput([blank, written], rows, { updatePolicy }));
      expect(plan.rows.map((row) => (row.record as Organization).notes)).toEqual([
        'From the ministry list.',
        'Checked with the registry.',
      ]);
      expect(plan.rows[1].keptChanges).toEqual([{ field: 'notes', incoming: 'From the ministry list.', reason: 'curated' }]);
    }
  });

  it('adds list items only under overwrite, or to an empty list', () => {
    const beeline = storedOrganization('Beeline', { aliases: ['Unitel'] });
    const mobiuz = storedOrganization('Mobiuz');
    const rows = [
      ['Beeline', null, 'Beeline Uzbekistan', null],
      ['Mobiuz', null, 'UMS', null],
    ];
    const fill = buildImportPlan(organizationsInput([beeline, mobiuz], rows, {}));
    expect(fill.rows.map((row) => (row.record as Organization).aliases)).toEqual([['Unitel'], ['UMS']]);
    const overwrite = buildImportPlan(organizationsInput([beeline, mobiuz], rows, { updatePolicy: 'overwrite' }));
    expect(overwrite.rows.map((row) => (row.record as Organization).aliases)).toEqual([
      ['Unitel', 'Beeline Uzbekistan'],
      ['UMS'],
    ]);
  });

  it('adds a file’s external id to a record that has another under either policy, since ids say which record it is', () => {
    const stored = storedOrganization('Huawei', { externalIds: [{ scheme: 'INN', value: '305123456' }] });
    for (const updatePolicy of ['fill-empty', 'overwrite'] as const) {
      const plan = buildImportPlan({
        ...organizationsInput([stored], [['Huawei', 'IT-0103']], { updatePolicy }),
        headers: ['Name', 'Register No.'],
        mapping: mappingOf(['name', 'externalId']),
      });
      expect(plan.rows[0]).toMatchObject({ status: 'updated', changedFields: ['externalIds'], keptChanges: [] });
      expect((plan.rows[0].record as Organization).externalIds).toEqual([
        { scheme: 'INN', value: '305123456' },
        { scheme: 'Register No.', value: 'IT-0103' },
      ]);
    }
  });

  it('never blanks a stored value with a blank cell, under either policy', () => {
    const stored = storedOrganization('Huawei', { country: 'CN', aliases: ['华为'], notes: 'Vendor.' });
    for (const updatePolicy of ['fill-empty', 'overwrite'] as const) {
      const plan = buildImportPlan(organizationsInput([stored], [['Huawei', null, null, null]], { updatePolicy }));
      expect(plan.rows[0]).toMatchObject({ status: 'unchanged', changedFields: [], keptChanges: [] });
      expect(plan.rows[0].record).toMatchObject({ country: 'CN', aliases: ['华为'], notes: 'Vendor.' });
    }
  });

  it('counts a deal’s status “unknown” as empty, and creates no party the policy leaves out', () => {
    const store = dealsStore();
    const unknownStatus = storedDeal('Cloud region', {
      id: '00000000-0000-4000-8000-000000000777',
      status: 'unknown',
      parties: [{ organizationId: store.huawei.id, role: 'partner' }],
    });
    const existing: ExistingRecords = { ...store.existing, deals: [unknownStatus] };
    const input: ImportPlanInput = {
      ...dealsPlanInput(existing, { updatePolicy: 'fill-empty' }),
      headers: ['ID', 'Title', 'Status', 'Chinese party'],
      rows: sheetRecords([[unknownStatus.id, 'Cloud region', 'Signed', 'Alibaba Cloud']]),
      mapping: mappingOf(['id', 'title', 'status', 'chineseParty']),
    };
    const plan = buildImportPlan(input);
    expect(plan.rows[0]).toMatchObject({ status: 'updated', changedFields: ['status'] });
    expect(plan.rows[0].keptChanges.map((kept) => kept.field)).toEqual(['parties']);
    expect(plan.newOrganizations).toEqual([]);
    const overwrite = buildImportPlan({ ...input, options: { ...input.options, updatePolicy: 'overwrite' } });
    expect(overwrite.newOrganizations.map((organization) => organization.name)).toEqual(['Alibaba Cloud']);
  });

  it('keeps a stored amount under fill-empty and shows what the row had', () => {
    const store = dealsStore();
    const plan = buildImportPlan(dealsPlanInput(store.existing, { updatePolicy: 'fill-empty' }));
    const dataCentre = plan.rows.find((row) => row.existingId === store.dataCentre.id)!;
    expect(dataCentre).toMatchObject({ status: 'unchanged', changedFields: [] });
    expect(dataCentre.keptChanges).toEqual([{ field: 'money', incoming: moneyFromNumber(60_000_000, 'USD'), reason: 'filled' }]);
  });
});
