/** A large, varied store for backup round trips: seeded, so a failure can be replayed. */
import { annotatableTables, confidenceLevels } from '../model/annotation';
import { dealKinds, dealStatuses, partyRoles } from '../model/deal';
import { historyActions, historyEntrySchema } from '../model/history';
import { observationBases } from '../model/indicator';
import { itParkStatuses, organizationKinds, organizationRelationKinds } from '../model/organization';
import { sourceKinds } from '../model/source';
import { recordSchemas, recordTables, type RecordOf, type RecordTable } from '../model/tables';
import { seededRandom } from '../testing/seededRandom';
import { firstDayOf, lastDayOf, toIsoDay, unitContaining } from '../values/calendar';
import { moneyQualifiers } from '../values/money.schema';
import { dateUnits, type PartialDate } from '../values/partialDate.schema';
import { restorableSetting, type BackupDataset, type BackupMetaEntry } from './backupFormat';

/** Text that spreadsheets and XML like to change: escapes, line ends, quotes, formulas, JSON look-alikes. */
export const awkwardTexts = [
  '"quoted at the start" and not at the end',
  '_x0041_ is how OOXML escapes A',
  'Windows line\r\nends',
  'old Mac\rline end',
  'tab\tinside',
  '=SUM(A1:A9)',
  '+998 71 123 45 67',
  '-1+1',
  '@mention',
  '  spaces around  ',
  '{"looks": "like JSON"}',
  '[1, 2]',
  'null',
  '0042',
  'true',
  'back\\slash',
  'control \u0001\u001f characters',
  'noncharacter \uFFFE here',
  '',
];

const words = [
  'Узбектелеком',
  'Министерство цифровых технологий',
  'Ташкент',
  'Oʻzbekiston',
  'Toshkent',
  '华为技术有限公司',
  '中国电信',
  '人民币',
  '数据中心',
  '📡',
  '🚀🇺🇿🇨🇳',
  '👩🏽‍💻',
  'IT Park',
  'data centre',
  'fibre-optic backbone',
  'USD 700 million',
  'approximately',
];

export function randomStore(seed: number, counts: Record<RecordTable | 'history', number>): BackupDataset {
  const { next: random, integer, pick, chance } = seededRandom(seed);
  const some = <T>(make: () => T, most: number): T[] => Array.from({ length: integer(most + 1) }, make);

  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => integer(16).toString(16));
    hex[12] = '4';
    hex[16] = pick(['8', '9', 'a', 'b']);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  };
  const sentence = () => {
    const parts = Array.from({ length: 1 + integer(6) }, () => pick(words));
    if (chance(0.15)) parts.push(pick(awkwardTexts));
    return parts.join(' ');
  };
  const maybeText = () => (chance(0.3) ? '' : sentence());
  const timestamp = () => {
    const instant = new Date(Date.UTC(2020, 0, 1) + integer(6 * 365 * 86_400_000));
    return chance(0.1) ? `${instant.toISOString().slice(0, 19)}+05:00` : instant.toISOString();
  };
  const isoDay = () => new Date(Date.UTC(1995, 0, 1) + integer(35 * 365) * 86_400_000).toISOString().slice(0, 10);
  const partialDate = (): PartialDate => {
    const unit = pick(dateUnits);
    const [year, month, day] = isoDay().split('-').map(Number);
    const first = unitContaining(unit, { year, month, day });
    // A third of the dates are ranges: "2016–2025", "Jun–Jul 2023", "23–26 Mar 2025".
    const later = new Date(Date.UTC(year, month - 1, day) + (chance(0.33) ? integer(900) : 0) * 86_400_000);
    const last = unitContaining(unit, { year: later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: later.getUTCDate() });
    const date: PartialDate = { unit, start: toIsoDay(firstDayOf(first)), end: toIsoDay(lastDayOf(last)) };
    // A fifth of the dates are estimates ("c. 2021"), whose flag a backup must keep.
    return chance(0.2) ? { ...date, approximate: true } : date;
  };
  const base = () => ({
    id: uuid(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
    deletedAt: chance(0.1) ? timestamp() : null,
  });
  const ids: Record<RecordTable, string[]> = Object.fromEntries(recordTables.map((table) => [table, []])) as unknown as Record<
    RecordTable,
    string[]
  >;
  const make = <T extends RecordTable>(table: T, build: () => unknown): RecordOf<T>[] =>
    Array.from({ length: counts[table] }, () => {
      const record = recordSchemas[table].parse(build()) as RecordOf<T>;
      ids[table].push(record.id);
      return record;
    });
  const citations = () =>
    ids.sources.length === 0
      ? []
      : some(() => ({ sourceId: pick(ids.sources), excerpt: sentence(), location: `line ${integer(400)}` }), 3);
  const externalIds = () =>
    some(() => ({ scheme: pick(['AidData GCDF 3.0', 'Register No.', 'ИНН', '登记号']), value: String(integer(1e6)) }), 2);
  const money = () => {
    const currency = pick(['USD', 'USD', 'CNY', 'UZS', 'EUR']);
    const amount = chance(0.5) ? integer(2000) * 1_000_000 : Math.round(random() * 1e9) / 100;
    const rate = currency === 'USD' ? 1 : Number((random() * 0.2).toFixed(6)) || 0.000081;
    const usd =
      currency === 'USD' || chance(0.5)
        ? { amount: amount * rate, rate, rateDate: chance(0.5) ? isoDay() : null, rateSource: chance(0.5) ? 'CBU' : null }
        : null;
    return { amount, currency, qualifier: pick(moneyQualifiers), usd };
  };

  const sources = make('sources', () => ({
    ...base(),
    title: sentence(),
    kind: pick(sourceKinds),
    publisher: maybeText(),
    date: chance(0.7) ? partialDate() : null,
    language: pick(['en', 'ru', 'uz', 'zh']),
    reference: chance(0.5) ? `https://example.org/${integer(1e6)}` : '',
    content: chance(0.2) ? Array.from({ length: 40 }, sentence).join('\n') : '',
    notes: maybeText(),
  }));
  const organizations = make('organizations', () => ({
    ...base(),
    name: sentence(),
    country: chance(0.85) ? pick(['UZ', 'CN', 'RU', 'KZ']) : null,
    kind: pick(organizationKinds),
    aliases: some(sentence, 2),
    capitalOrigin: some(() => pick(['CN', 'UZ', 'HK']), 2),
    relations: ids.organizations.length
      ? some(() => ({ kind: pick(organizationRelationKinds), organizationId: pick(ids.organizations) }), 2)
      : [],
    itParkResidency: chance(0.3)
      ? { status: pick(itParkStatuses), since: chance(0.5) ? partialDate() : null, asOf: chance(0.5) ? partialDate() : null }
      : null,
    notes: maybeText(),
    citations: citations(),
    externalIds: externalIds(),
  }));
  const deals = make('deals', () => ({
    ...base(),
    title: sentence(),
    kind: pick(dealKinds),
    status: pick(dealStatuses),
    date: chance(0.85) ? partialDate() : null,
    place: maybeText(),
    description: maybeText(),
    parties: some(() => ({ organizationId: pick(ids.organizations), role: pick(partyRoles) }), 4),
    sectors: some(() => pick(['telecommunications', 'data centres', 'связь', '电信', 'e-government']), 3),
    money: chance(0.6) ? money() : null,
    outputs: some(
      () => ({
        value: integer(100_000) / 10,
        unit: pick(['base stations', 'Tbps', 'PB', 'портов']),
        qualifier: pick(moneyQualifiers),
        description: maybeText(),
      }),
      2,
    ),
    citations: citations(),
    externalIds: externalIds(),
  }));
  const indicators = make('indicators', () => ({
    ...base(),
    name: sentence(),
    unit: pick(['USD', 'companies', 'компаний', '家']),
    description: maybeText(),
    country: chance(0.8) ? 'UZ' : null,
  }));
  const observations = make('observations', () => ({
    ...base(),
    indicatorId: pick(ids.indicators),
    period: partialDate(),
    // Full double precision and negative values, to show numbers come back bit for bit.
    value: chance(0.5) ? integer(1e7) : (random() - 0.5) * 1e6,
    qualifier: pick(moneyQualifiers),
    basis: pick(observationBases),
    organizationIds: some(() => pick(ids.organizations), 3),
    notes: maybeText(),
    citations: citations(),
  }));
  const events = make('events', () => ({
    ...base(),
    name: sentence(),
    date: chance(0.9) ? partialDate() : null,
    place: maybeText(),
    organizerIds: some(() => pick(ids.organizations), 2),
    participants: some(
      () =>
        chance(0.5)
          ? {
              organizationId: pick(ids.organizations),
              personName: chance(0.5) ? sentence() : null,
              role: maybeText(),
              contribution: maybeText(),
            }
          : { organizationId: null, personName: sentence(), role: maybeText(), contribution: maybeText() },
      3,
    ),
    dealIds: some(() => pick(ids.deals), 2),
    description: maybeText(),
    citations: citations(),
  }));
  const annotations = make('annotations', () => {
    const targetTable = pick(annotatableTables);
    const note = chance(0.1) ? '' : sentence();
    return {
      ...base(),
      targetTable,
      targetId: pick(ids[targetTable]),
      note,
      tags: some(() => pick(['needs-source', 'ambiguous-period', 'проверить', '待核实', '🔥']), 3),
      // An annotation without a note must say something through its confidence (or tags).
      confidence: note === '' || chance(0.8) ? pick(confidenceLevels) : null,
      author: sentence(),
      pinned: chance(0.2),
    };
  });
  const store = { sources, organizations, deals, indicators, observations, events, annotations };
  const historyIds: string[] = [];
  const history = Array.from({ length: counts.history }, () => {
    const table = pick(recordTables);
    const record = store[table][integer(store[table].length)] as Record<string, unknown> | undefined;
    const entry = historyEntrySchema.parse({
      id: uuid(),
      at: timestamp(),
      actor: sentence(),
      action: pick(historyActions),
      table,
      recordId: (record?.id as string) ?? uuid(),
      before: chance(0.5) && record ? record : null,
      after: record ? { ...record, updatedAt: timestamp() } : null,
      batchId: chance(0.3) ? `import-${integer(50)}` : null,
      undoOf: historyIds.length && chance(0.1) ? pick(historyIds) : null,
    });
    historyIds.push(entry.id);
    return entry;
  });
  const savedView = (index: number) => ({
    name: `${sentence()} ${index}`,
    filter: {
      text: maybeText(),
      ...(chance(0.5) ? { sector: pick(words) } : {}),
      ...(chance(0.5) ? { yearFrom: 1995 + integer(30) } : {}),
      ...(chance(0.3) ? { amountMin: random() * 1e9 } : {}),
      showDeleted: chance(0.2),
    },
    view: {
      sorting: chance(0.5) ? [{ id: 'date', desc: chance(0.5) }] : [],
      columnSizing: chance(0.5) ? { title: 80 + integer(300) } : {},
      columnVisibility: chance(0.5) ? { place: false } : {},
    },
  });
  const batchId = uuid();
  const rows = () => integer(1000);
  const meta: BackupMetaEntry[] = [
    { key: 'default-dataset', value: { datasetVersion: '2026-11-25.1', loadedAt: timestamp() } },
    ...recordTables
      .filter(() => chance(0.5))
      .map((table) => ({
        key: `saved-views:${table}`,
        value: Array.from({ length: 1 + integer(3) }, (_, index) => savedView(index)),
      })),
    {
      key: 'import-mapping-presets',
      value: [{ name: sentence(), signature: `headers-v1:${pick(words)}`, kind: 'deals', fields: ['title', null] }],
    },
    {
      key: `import-batch:${batchId}`,
      value: {
        batchId,
        fileName: `${sentence()}.xlsx`,
        sheetName: sentence(),
        at: timestamp(),
        actor: sentence(),
        counts: { added: rows(), updated: rows(), unchanged: rows(), rejected: rows(), skipped: rows() },
      },
    },
    {
      key: 'last-restore',
      value: {
        fileName: `${sentence()}.xlsx`,
        restoredAt: timestamp(),
        restoredBy: sentence(),
        backupMadeAt: timestamp(),
        backupMadeBy: maybeText(),
      },
    },
  ];
  // Every setting is one a restore keeps, so a round trip must give all of them back.
  for (const entry of meta)
    if (!restorableSetting(entry).ok) throw new Error(`randomStore made a setting a restore refuses: ${entry.key}`);
  return { ...store, history, meta };
}
