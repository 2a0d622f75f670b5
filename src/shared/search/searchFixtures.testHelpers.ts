/** Small, valid records for the search tests: each builder fills every field and takes what a test is about. */
import type { RecordOf, RecordTable } from '../model/tables';
import { recordSchemas, recordTables } from '../model/tables';
import type { SearchableRecords } from './searchContext';
import { emptyRecordInputs } from '../model/emptyRecords';

let lastId = 0;
/** A valid UUID that is easy to tell apart in a failure message. */
export function nextId(): string {
  lastId += 1;
  return `00000000-0000-4000-8000-${lastId.toString(16).padStart(12, '0')}`;
}

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };
const sourceId = nextId();

export function organization(fields: Partial<RecordOf<'organizations'>>): RecordOf<'organizations'> {
  return {
    id: nextId(),
    ...stamps,
    ...emptyRecordInputs.organizations,
    name: 'Unnamed organization',
    kind: 'private-company',
    ...fields,
  };
}

export function deal(fields: Partial<RecordOf<'deals'>>): RecordOf<'deals'> {
  return {
    id: nextId(),
    ...stamps,
    ...emptyRecordInputs.deals,
    title: 'Untitled deal',
    ...fields,
  };
}

export function event(fields: Partial<RecordOf<'events'>>): RecordOf<'events'> {
  return {
    id: nextId(),
    ...stamps,
    name: 'Unnamed event',
    date: null,
    place: '',
    organizerIds: [],
    participants: [],
    dealIds: [],
    description: '',
    citations: [],
    ...fields,
  };
}

export function annotation(
  fields: Partial<RecordOf<'annotations'>> & Pick<RecordOf<'annotations'>, 'targetId'>,
): RecordOf<'annotations'> {
  return {
    id: nextId(),
    ...stamps,
    targetTable: 'deals',
    note: '',
    tags: [],
    confidence: null,
    author: 'Test analyst',
    pinned: false,
    ...fields,
  };
}

export const source: RecordOf<'sources'> = {
  id: sourceId,
  ...stamps,
  title: 'Technology Integration and Joint Research',
  kind: 'document',
  publisher: 'Institute for Strategic Studies',
  date: { unit: 'year', start: '2025-01-01', end: '2025-12-31' },
  language: 'en',
  reference: 'uzbekistan-china-tech-cooperation.txt',
  content: '',
  notes: '',
};

export function citation(excerpt: string) {
  return { sourceId, excerpt, location: 'line 1' };
}

export function usd(amount: number) {
  return { amount, currency: 'USD', qualifier: 'exact' as const, usd: { amount, rate: 1, rateDate: null, rateSource: null } };
}

/** Every table filled from the records given, each checked against its schema so the tests search real shapes. */
export function searchable(records: Partial<SearchableRecords>): SearchableRecords {
  const filled = Object.fromEntries(recordTables.map((table) => [table, records[table] ?? []])) as SearchableRecords;
  for (const table of recordTables) for (const record of filled[table]) recordSchemas[table as RecordTable].parse(record);
  return filled;
}

/** A small store as an analyst would keep it, in the languages the records come in. */
export function sampleStore() {
  const beeline = organization({ name: 'Beeline', aliases: ['Unitel'], country: 'UZ', kind: 'operator' });
  const uzbektelecom = organization({
    name: 'Uzbektelecom',
    aliases: ['JSC Uzbektelecom'],
    country: 'UZ',
    kind: 'state-owned-company',
  });
  const tencent = organization({ name: 'Tencent', country: 'CN' });
  const huawei = organization({ name: '华为', aliases: ['Huawei'], country: 'CN' });
  const itPark = organization({ name: 'IT Park Uzbekistan', country: 'UZ', kind: 'technology-park' });
  const roaming = deal({
    title: 'Roaming agreement with China Mobile',
    kind: 'inter-operator-agreement',
    status: 'signed',
    date: { unit: 'year', start: '2019-01-01', end: '2019-12-31' },
    parties: [{ organizationId: beeline.id, role: 'signatory' }],
    money: usd(5_000_000),
  });
  const unitelNetwork = deal({ title: 'Unitel 4G network expansion', sectors: ['telecommunications'] });
  const fibre = deal({
    title: 'Fibre-optic backbone',
    description: 'Signed at the Hôtel Uzbekistan in Tashkent; the backbone doubles international capacity.',
    parties: [
      { organizationId: uzbektelecom.id, role: 'signatory' },
      { organizationId: huawei.id, role: 'supplier' },
    ],
    sectors: ['telecommunications'],
    citations: [citation('JSC “Uzbektelecom” and Huawei signed a contract for a fibre-optic backbone;')],
  });
  const cooperation = deal({
    title: 'Соглашение о сотрудничестве',
    description: 'Подписано в Ташкенте; ещё два соглашения готовятся.',
    parties: [{ organizationId: uzbektelecom.id, role: 'signatory' }],
  });
  const memorandum = deal({
    title: 'O‘zbekiston Respublikasi Raqamli texnologiyalar vazirligi bilan memorandum',
    kind: 'memorandum',
    description: '与华为技术有限公司签署的谅解备忘录',
  });
  const tencentCloud = deal({ title: 'Tencent cloud services', parties: [{ organizationId: tencent.id, role: 'supplier' }] });
  const gaming = deal({ title: 'Game studio', parties: [{ organizationId: tencent.id, role: 'investor' }] });
  const payments = deal({ title: 'WeChat Pay pilot', parties: [{ organizationId: tencent.id, role: 'partner' }] });
  // As long a title as the game studio's, listed later: ties keep the order records were given in.
  const cloudGames = deal({ title: 'Cloud games', parties: [{ organizationId: tencent.id, role: 'partner' }] });
  const summit = event({
    name: 'Huawei Cloud Go Global Summit 2025',
    place: 'Chongqing',
    participants: [
      {
        organizationId: itPark.id,
        personName: 'J. Pak',
        role: 'IT Park General Manager',
        contribution: 'Presentation on Uzbekistan’s IT industry',
      },
    ],
  });
  const checkAmount = annotation({ targetId: fibre.id, note: 'double-check the amount', tags: ['needs-source'] });
  const deletedDeal = deal({ title: 'Tencent data centre', deletedAt: '2026-02-01T00:00:00.000Z' });
  return {
    beeline,
    uzbektelecom,
    tencent,
    huawei,
    itPark,
    roaming,
    unitelNetwork,
    fibre,
    cooperation,
    memorandum,
    tencentCloud,
    gaming,
    payments,
    cloudGames,
    summit,
    checkAmount,
    deletedDeal,
    records: searchable({
      organizations: [beeline, uzbektelecom, tencent, huawei, itPark],
      deals: [roaming, unitelNetwork, fibre, cooperation, memorandum, tencentCloud, gaming, payments, cloudGames, deletedDeal],
      events: [summit],
      sources: [source],
      annotations: [checkAmount],
    }),
  };
}

/** Only what is not deleted, as `useRecords().active` gives it. */
export function activeOnly(records: SearchableRecords): SearchableRecords {
  return Object.fromEntries(
    recordTables.map((table) => [
      table,
      (records[table] as Array<{ deletedAt: string | null }>).filter((record) => !record.deletedAt),
    ]),
  ) as SearchableRecords;
}
