import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../model/deal';
import { recordIdSchema } from '../model/record';
import type { Organization } from '../model/organization';
import { buildImportPlan } from './buildImportPlan';
import { aidDataGcdfScheme, externalIdScheme } from './externalIdScheme';
import type { ImportRecordKind } from './fieldSynonyms';
import { mappingOf, planTime, sequentialIds, sheetRecords, storedDeal, storedOrganization } from './importPlan.testHelpers';
import type { ExistingRecords, ImportOptions, ImportPlan } from './importPlanTypes';
import { ImportSession } from './importSession';
import { proposeMapping } from './proposeMapping';
import { readWorkbook } from './readWorkbook';
import type { CellValue } from './workbookTypes';

const emptyStore: ExistingRecords = { organizations: [], deals: [], indicators: [], observations: [], events: [] };
const gcdfHeaders = [
  'AidData Record ID',
  'Title',
  'Funding Agencies',
  'Direct Receiving Agencies',
  'Amount (Nominal USD)',
  'Commitment Date (MM/DD/YYYY)',
  'Flow Type',
];

/** The store after committing a plan: its added and updated records (and the organizations it creates), stamped. */
function storeAfter(plan: ImportPlan, before: ExistingRecords): ExistingRecords {
  const stamps = { createdAt: planTime, updatedAt: planTime, deletedAt: null };
  const written = plan.rows.filter((row) => row.status === 'added' || row.status === 'updated').map((row) => row.record);
  const replace = <T extends { id: string }>(stored: readonly T[], incoming: readonly object[]): T[] => {
    const byId = new Map(stored.map((record) => [record.id, record]));
    for (const record of incoming) byId.set((record as T).id, { ...stamps, ...record } as unknown as T);
    return [...byId.values()];
  };
  return {
    ...before,
    organizations: replace(before.organizations, [...plan.newOrganizations, ...(plan.table === 'organizations' ? written : [])]),
    deals: replace(before.deals, plan.table === 'deals' ? written : []),
  };
}

function planRows(
  kind: ImportRecordKind,
  headers: string[],
  fields: (string | null)[],
  rows: CellValue[][],
  existing: ExistingRecords,
  options: Partial<ImportOptions> = {},
): ImportPlan {
  return buildImportPlan({
    kind,
    fileName: 'register.xlsx',
    sheetName: 'Sheet1',
    headers,
    rows: sheetRecords(rows),
    mapping: mappingOf(fields),
    options: { mode: 'add-and-update', ...options },
    existing,
    now: planTime,
    newId: sequentialIds(),
  });
}

/** The register written by openpyxl (fixtures/makeExternalIdFixtures.py), planned as proposed. */
function planRegisterSheet(sheetIndex: number, kind: ImportRecordKind, existing: ExistingRecords) {
  const name = 'ministry-register.xlsx';
  const read = readWorkbook(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), name);
  if (!read.ok) throw new Error(read.error.message);
  const session = new ImportSession(read.workbook, sequentialIds(5_000));
  const header = session.header({ sheetIndex, headerRowNumber: null });
  const proposal = proposeMapping(header.headers, kind, header.values);
  const mapping = proposal.flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  const options: ImportOptions = { mode: 'add-and-update', dayFirst: { 2: true } };
  const preview = session.plan({ sheetIndex, headerRowNumber: null, kind, mapping, fixes: [], now: planTime, options }, existing);
  return { proposal, preview, plan: session.planShownAs(preview.planId) };
}

describe('externalIdScheme', () => {
  it('names AidData’s record id by its dataset in a file of the GCDF layout', () => {
    expect(externalIdScheme('AidData Record ID', gcdfHeaders)).toBe(aidDataGcdfScheme);
    expect(externalIdScheme('aiddata_record_id', gcdfHeaders)).toBe('AidData GCDF 3.0');
  });

  it('takes the header as written otherwise', () => {
    expect(externalIdScheme('AidData Record ID', ['AidData Record ID', 'Title'])).toBe('AidData Record ID');
    expect(externalIdScheme('Register No.', ['Register No.', 'Company'])).toBe('Register No.');
    expect(externalIdScheme('  ИНН\n', ['ИНН'])).toBe('ИНН');
  });
});

describe('external id columns', () => {
  it.each([
    ['organizations', 'Register No.'],
    ['organizations', 'Registration number'],
    ['organizations', 'ИНН'],
    ['organizations', 'Регистрационный номер'],
    ['organizations', 'STIR'],
    ['organizations', 'Roʻyxat raqami'],
    ['organizations', '登记号'],
    ['deals', 'AidData Record ID'],
    ['deals', '№ в реестре'],
    ['deals', 'Реестровый номер'],
    ['deals', 'Record number'],
  ] as const)('are proposed for %s from “%s”', (kind, header) => {
    const nameHeader = kind === 'deals' ? 'Title' : 'Company';
    expect(proposeMapping([header, nameHeader], kind).map(({ field }) => field)).toEqual([
      'externalId',
      kind === 'deals' ? 'title' : 'name',
    ]);
  });
});

describe('a ministry register written by openpyxl', () => {
  it('keeps each register number on its organization, never as its id, and rejects no row', () => {
    const { proposal, preview, plan } = planRegisterSheet(0, 'organizations', emptyStore);
    expect(proposal.map(({ field }) => field)).toEqual(['externalId', 'name', 'country', 'itParkSince']);
    expect(preview.counts).toMatchObject({ added: 4, rejected: 0 });
    const records = plan.rows.map((row) => row.record as Organization);
    expect(records.map((record) => record.externalIds)).toEqual([
      [{ scheme: 'Register No.', value: 'IT-0017' }],
      [{ scheme: 'Register No.', value: 'IT-0103' }],
      [{ scheme: 'Register No.', value: 'IT-0288' }],
      [{ scheme: 'Register No.', value: '452' }],
    ]);
    for (const record of records) expect(recordIdSchema.safeParse(record.id).success).toBe(true);
  });

  it('imported again, matches every organization by its register number: 0 added, 0 changed', () => {
    const first = planRegisterSheet(0, 'organizations', emptyStore);
    const again = planRegisterSheet(0, 'organizations', storeAfter(first.plan, emptyStore));
    expect(again.preview.counts).toMatchObject({ added: 0, updated: 0, unchanged: 4, rejected: 0 });
  });

  it('matches deals by their Russian register number even after the analyst retitled them', () => {
    const first = planRegisterSheet(1, 'deals', emptyStore);
    expect(first.proposal[0].field).toBe('externalId');
    expect(first.preview.counts).toMatchObject({ added: 3, rejected: 0 });
    expect((first.plan.rows[0].record as Deal).externalIds).toEqual([{ scheme: '№ в реестре', value: '114' }]);

    const stored = storeAfter(first.plan, emptyStore);
    const retitled = { ...stored, deals: stored.deals.map((deal) => ({ ...deal, title: `${deal.title} (EN)` })) };
    const again = planRegisterSheet(1, 'deals', retitled);
    expect(again.preview.counts).toMatchObject({ added: 0, rejected: 0 });
    expect(again.plan.rows.map((row) => row.existingId)).toEqual(stored.deals.map((deal) => deal.id));
  });
});

describe('planning rows with external ids', () => {
  const headers = ['AidData Record ID', 'Title', 'Signed'];
  const fields = ['externalId', 'title', 'date'];

  it('updates the record an external id names when the row’s values change', () => {
    const stored = storedDeal('Pap-Angren railway tunnel', { externalIds: [{ scheme: 'AidData Record ID', value: '96082' }] });
    const plan = planRows(
      'deals',
      headers,
      fields,
      [[96082, 'Pap–Angren railway tunnel loan', '2013-09-07']],
      { ...emptyStore, deals: [stored] },
      { updatePolicy: 'overwrite' },
    );
    expect(plan.rows[0]).toMatchObject({ status: 'updated', existingId: stored.id, changedFields: ['title', 'date'] });
    expect((plan.rows[0].record as Deal).externalIds).toEqual(stored.externalIds);
  });

  it('matches by external id before our id, and by natural key when the store does not know the external id', () => {
    const byExternal = storedDeal('Tunnel', { externalIds: [{ scheme: 'AidData Record ID', value: '96082' }] });
    const byOwnId = storedDeal('Something else');
    const byTitle = storedDeal('Gas processing loan');
    const existing = { ...emptyStore, deals: [byExternal, byOwnId, byTitle] };
    const plan = planRows(
      'deals',
      [...headers, 'ID'],
      [...fields, 'id'],
      [
        [96082, null, null, byOwnId.id],
        [96091, 'Gas processing loan', null, null],
      ],
      existing,
    );
    expect(plan.rows[0]).toMatchObject({ existingId: byExternal.id, status: 'unchanged' });
    // Matched by its title, the deal gains the file's id, so the next import matches it by that.
    expect(plan.rows[1]).toMatchObject({ existingId: byTitle.id, status: 'updated', changedFields: ['externalIds'] });
    expect((plan.rows[1].record as Deal).externalIds).toEqual([{ scheme: 'AidData Record ID', value: '96091' }]);
  });

  it('never rejects a row for its external id: a blank cell adds none, a column without a header names its letter', () => {
    const plan = planRows(
      'deals',
      ['', 'Title', 'Signed'],
      fields,
      [
        [null, 'Tunnel', '2013-09-07'],
        ['  GCDF-96083 ', 'Donation', '2014-05-19'],
      ],
      emptyStore,
    );
    expect(plan.counts).toMatchObject({ added: 2, rejected: 0 });
    expect((plan.rows[0].record as Deal).externalIds).toEqual([]);
    expect((plan.rows[1].record as Deal).externalIds).toEqual([{ scheme: 'Column A', value: 'GCDF-96083' }]);
  });

  it('refuses a second row with the same external id as a duplicate of the first', () => {
    const plan = planRows(
      'deals',
      headers,
      fields,
      [
        [96082, 'Tunnel', '2013-09-07'],
        [96082, 'Tunnel loan', '2013-09-08'],
      ],
      emptyStore,
    );
    expect(plan.rows[1].status).toBe('rejected');
    expect(plan.rows[1].problems[0].message).toBe(
      'This row has the same ID as row 2, so it describes the same deal; only row 2 is imported.',
    );
  });

  it('names AidData’s ids by the dataset in a GCDF file', () => {
    const plan = planRows('deals', gcdfHeaders, ['externalId', 'title'], [[96082, 'Tunnel']], emptyStore);
    expect((plan.rows[0].record as Deal).externalIds).toEqual([{ scheme: 'AidData GCDF 3.0', value: '96082' }]);
  });

  it('reads the report’s External IDs column back as each id with its scheme', () => {
    const plan = planRows(
      'deals',
      ['Title', 'External IDs'],
      ['title', 'externalId'],
      [['Tunnel', 'AidData GCDF 3.0: 96082; Register No.: 17']],
      emptyStore,
    );
    expect((plan.rows[0].record as Deal).externalIds).toEqual([
      { scheme: 'AidData GCDF 3.0', value: '96082' },
      { scheme: 'Register No.', value: '17' },
    ]);
  });

  it('matches an organization by register number whatever its name, keeping the stored name and adding no duplicate', () => {
    const stored = storedOrganization('Huawei Technologies Co., Ltd.', {
      externalIds: [{ scheme: 'Register No.', value: 'IT-0017' }],
    });
    const plan = planRows(
      'organizations',
      ['register no', 'Company'],
      ['externalId', 'name'],
      [['IT-0017', 'Huawei Tech Investment Tashkent']],
      { ...emptyStore, organizations: [stored] },
    );
    expect(plan.rows[0]).toMatchObject({ status: 'unchanged', existingId: stored.id });
    expect(plan.rows[0].record).toMatchObject({ name: stored.name, externalIds: stored.externalIds });
  });
});
