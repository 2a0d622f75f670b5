import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Organization } from '../model/organization';
import { planTime, sequentialIds } from './importPlan.testHelpers';
import type { ImportOptions } from './importPlanTypes';
import { ImportSession } from './importSession';
import { detectRecordKind, proposeMapping } from './proposeMapping';
import { readWorkbook } from './readWorkbook';
import { defaultDatasetRecords } from './residentsReimport.testHelpers';

/*
 * organization-list-spellings.xlsx was written by openpyxl (fixtures/makeOrganizationFixtures.py):
 * an organizations list whose rows spell the default dataset's organizations as others do, beside
 * organizations the dataset does not have.
 */
const dataset = defaultDatasetRecords();
const organizationNamed = (name: string) => dataset.organizations.find((organization) => organization.name === name)!;

/** Overwriting, so the rows matching stored organizations have something to write: the aliases they add. */
function planList(options: Partial<ImportOptions> = {}) {
  const name = 'organization-list-spellings.xlsx';
  const read = readWorkbook(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), name);
  if (!read.ok) throw new Error(read.error.message);
  const session = new ImportSession(read.workbook, sequentialIds());
  const header = session.header({ sheetIndex: 0, headerRowNumber: null });
  const kind = detectRecordKind(header.headers, header.values);
  const mapping = proposeMapping(header.headers, 'organizations', header.values).flatMap(({ column, field }) =>
    field ? [{ column, field }] : [],
  );
  const request = { sheetIndex: 0, headerRowNumber: null, kind: 'organizations' as const, mapping, fixes: [], now: planTime };
  const preview = session.plan(
    { ...request, options: { mode: 'add-and-update', updatePolicy: 'overwrite', ...options } },
    dataset,
  );
  const plan = session.planShownAs(preview.planId);
  const rowOf = (rowNumber: number) => plan.rows.find((row) => row.rowNumber === rowNumber)!;
  return { kind, preview, plan, rowOf };
}

describe('an organizations list naming organizations the store knows by other spellings', () => {
  it('updates the organization a spelling certainly is instead of creating another', () => {
    const { kind, rowOf } = planList();
    expect(kind).toBe('organizations');
    expect(rowOf(2)).toMatchObject({ status: 'updated', existingId: organizationNamed('Uzbektelecom').id });
    expect(rowOf(3)).toMatchObject({ status: 'updated', existingId: organizationNamed('Beeline').id });
    // Matched, the stored name stays and the file's aliases join it.
    expect(rowOf(3).record as Organization).toMatchObject({ name: 'Beeline', aliases: ['Unitel', 'VEON Uzbekistan'] });
  });

  it('lists every name it would create or link, with candidates and where the new ones’ country and kind come from', () => {
    const { preview } = planList();
    const listed = new Map(preview.organizationReconciliation.names.map((name) => [name.name, name]));
    expect([...listed.keys()].sort()).toEqual(['Beeline (Unitel)', 'Hikvision', 'Shenzhen Silk Cloud Ltd', 'АО «Узбектелеком»']);
    expect(listed.get('АО «Узбектелеком»')).toMatchObject({
      decision: { action: 'link', organizationId: organizationNamed('Uzbektelecom').id },
      decidedBy: 'certain-match',
    });
    expect(listed.get('Hikvision')).toMatchObject({
      decision: { action: 'create' },
      decidedBy: 'no-match',
      country: 'CN',
      countryFrom: 'the Country column',
      kindFrom: null,
    });
    expect(listed.get('Shenzhen Silk Cloud Ltd')).toMatchObject({ country: null, countryFrom: null, kindFrom: null });
  });

  it('follows the analyst: a name linked as an alias updates that organization and gains the spelling, once', () => {
    const huawei = organizationNamed('Huawei');
    const key = keyOfListedName('Hikvision');
    const { plan, rowOf } = planList({ organizationChoices: { [key]: { action: 'alias', organizationId: huawei.id } } });
    const row = rowOf(4);
    expect(row).toMatchObject({ status: 'updated', existingId: huawei.id });
    expect((row.record as Organization).aliases).toEqual(['Huawei Technologies', 'Hikvision']);
    // The row writes the organization; no second update of it is planned beside the row.
    expect(plan.updatedOrganizations).toEqual([]);
    expect(plan.newOrganizations).toEqual([]);
  });

  it('creates a new organization when the analyst says so, even where a stored one certainly matches', () => {
    const { rowOf, preview } = planList({
      organizationChoices: { [keyOfListedName('АО «Узбектелеком»')]: { action: 'create' } },
    });
    expect(rowOf(2)).toMatchObject({ status: 'added', existingId: null });
    expect(preview.organizationReconciliation.names.find((name) => name.name === 'АО «Узбектелеком»')).toMatchObject({
      decision: { action: 'create' },
      decidedBy: 'analyst',
    });
  });
});

function keyOfListedName(name: string): string {
  return planList().preview.organizationReconciliation.names.find((listed) => listed.name === name)!.key;
}
