/**
 * A small store and a ten-row deals sheet for the import plan tests, built in code so every
 * expectation can be checked against the data right above it. Used by tests only.
 */
import type { Deal } from '../model/deal';
import { emptyRecordInputs } from '../model/emptyRecords';
import type { Organization } from '../model/organization';
import { moneyFromNumber } from '../values/money';
import type { SheetRecord } from './detectHeader';
import type { ExistingRecords, ImportPlanInput } from './importPlanTypes';
import type { CellValue } from './workbookTypes';

const stamp = '2025-01-01T00:00:00.000Z';
export const planTime = '2025-06-01T12:00:00.000Z';

/** Version-4 UUIDs numbered from `start`, so ids in a failing test are readable. */
export function sequentialIds(start = 1): () => string {
  let next = start;
  return () => `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`;
}

const storedId = sequentialIds(900_000);

export function storedOrganization(name: string, fields: Partial<Organization> = {}): Organization {
  return {
    id: storedId(),
    ...emptyRecordInputs.organizations,
    name,
    kind: 'private-company',
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...fields,
  };
}

export function storedDeal(title: string, fields: Partial<Deal> = {}): Deal {
  return {
    id: storedId(),
    ...emptyRecordInputs.deals,
    title,
    kind: 'commercial-contract',
    status: 'signed',
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    ...fields,
  };
}

const dayOf = (iso: string) => ({ unit: 'day' as const, start: iso, end: iso });
const partners = (...organizations: Organization[]) =>
  organizations.map((organization) => ({ organizationId: organization.id, role: 'partner' as const }));

export function dealsStore() {
  const huawei = storedOrganization('Huawei Technologies Co., Ltd.', { country: 'CN', aliases: ['Huawei', '华为'] });
  const uzbektelecom = storedOrganization('JSC Uzbektelecom', { country: 'UZ', kind: 'operator' });
  const beeline = storedOrganization('Beeline', { aliases: ['Unitel'], kind: 'operator' });
  const pilot = storedDeal('5G network pilot', {
    kind: 'memorandum',
    date: dayOf('2023-06-15'),
    parties: partners(huawei, uzbektelecom),
    money: moneyFromNumber(10_000_000, 'USD'),
  });
  const dataCentre = storedDeal('Data centre in Tashkent', {
    date: dayOf('2024-03-01'),
    parties: partners(huawei, beeline),
    money: moneyFromNumber(50_000_000, 'USD'),
  });
  const groundStation = storedDeal('Satellite ground station', {
    kind: 'project',
    status: 'completed',
    date: dayOf('2022-05-20'),
    description: 'Built with Chinese equipment.',
    parties: partners(huawei, uzbektelecom),
    money: moneyFromNumber(5_000_000, 'USD'),
  });
  const existing: ExistingRecords = {
    organizations: [huawei, uzbektelecom, beeline],
    deals: [pilot, dataCentre, groundStation],
    indicators: [],
    observations: [],
    events: [],
  };
  return { existing, huawei, uzbektelecom, beeline, pilot, dataCentre, groundStation };
}

export const dealHeaders = ['Title', 'Kind', 'Status', 'Signed', 'Chinese party', 'Uzbek party', 'Amount', 'Currency', 'Source'];

/** Rows 2–11 of a ministry's deals sheet; what each row should become is said beside it. */
export const dealRows: CellValue[][] = [
  // 2: the stored pilot, restated: unchanged.
  [
    '5G network pilot',
    'MoU',
    'Signed',
    '15/06/2023',
    'Huawei Technologies Co., Ltd.',
    'Uzbektelecom JSC',
    10_000_000,
    'USD',
    null,
  ],
  // 3: the stored data centre (Unitel is Beeline's alias) with a new amount: updated, money only.
  ['Data centre in Tashkent', 'Contract', 'Signed', '01/03/2024', 'Huawei', 'Unitel', 60_000_000, 'USD', null],
  // 4: new, with two organizations the store lacks: added.
  [
    'Smart city cameras',
    'Contract',
    'In progress',
    '25/12/2024',
    'Hikvision',
    'Tashkent City Hokimiyat',
    'USD 1.2 bn',
    null,
    'https://example.org/news/1',
  ],
  // 5: a day February never has: rejected.
  ['Fibre backbone', 'Contract', 'Signed', '31/02/2024', 'ZTE', 'Uzbektelecom', 20_000_000, 'USD', null],
  // 6: row 4 again: rejected as a duplicate.
  [
    'Smart city cameras',
    'Contract',
    'In progress',
    '25/12/2024',
    'Hikvision',
    'Tashkent City Hokimiyat',
    'USD 1.2 bn',
    null,
    'https://example.org/news/1',
  ],
  // 7: no title, so no key: never matched to the pilot it otherwise repeats, and rejected.
  [null, 'MoU', 'Signed', '15/06/2023', 'Huawei', 'Uzbektelecom', null, null, '=HYPERLINK("http://example.org")'],
  // 8: new: added.
  ['AI lab at TUIT', 'Меморандум', 'Подписано', '10/09/2024', 'China Unicom', 'Uzbektelecom', null, null, null],
  // 9: new, with "ZTE Corporation", the same new organization as row 5's "ZTE": added.
  ['Mobile network upgrade', 'Contract', 'Completed', '05/11/2022', 'ZTE Corporation', 'Beeline', '700 млн', 'USD', null],
  // 10: new, in yuan: added.
  ['Solar plant', 'Loan', 'Signed', '12/01/2025', 'China Eximbank', 'Ministry of Energy', 150_000_000, 'CNY', 'Press release'],
  // 11: the stored ground station with blank kind, status and amount: unchanged, nothing blanked.
  ['Satellite ground station', null, null, '20/05/2022', 'Huawei', 'Uzbektelecom', null, null, null],
];

export function sheetRecords(rows: CellValue[][], firstRowNumber = 2): SheetRecord[] {
  return rows.map((cells, index) => ({ rowNumber: firstRowNumber + index, cells }));
}

/** The mapping proposeMapping gives the headers above, written out. */
export function mappingOf(fields: (string | null)[]) {
  return fields.flatMap((field, column) => (field ? [{ column, field }] : []));
}

export function dealsPlanInput(existing: ExistingRecords, options: Partial<ImportPlanInput['options']> = {}): ImportPlanInput {
  return {
    kind: 'deals',
    fileName: 'mintech-deals-2025.xlsx',
    sheetName: 'Deals',
    headers: dealHeaders,
    rows: sheetRecords(dealRows),
    skippedRowCount: 1,
    mapping: mappingOf(['title', 'kind', 'status', 'date', 'chineseParty', 'uzbekParty', 'amount', 'currency', 'sources']),
    // The sheet changes a stored deal's amount (row 3), which only 'overwrite' writes over a stored value.
    options: { mode: 'add-and-update', updatePolicy: 'overwrite', ...options },
    existing,
    now: planTime,
    newId: sequentialIds(),
  };
}
