import type { Transaction } from 'dexie';
import type { AnyRecord, RecordTable } from '@shared/model/tables';
import type { HistoryEntry } from '@shared/model/history';
import { historyChunkStoreName, writeHistoryChunks } from './historyChunks';
import { pageRevisionStoreName, stampPages } from './pageRevisions';
import { putPages, recordsOfPage, type StoredPage } from './pageStorage';
import { pageStoreNames, putRecordPages, writeRecords } from './recordPages';
import { putRowPages, rowPageTable, rowSection, rowsOfSection } from './rowPages';

/**
 * Every schema version of the store, oldest first. Never edit a published version: add a new one
 * with its upgrade, and a fixture for the old one in schemaVersions.test.ts.
 *
 * Indexes are few on purpose: each secondary index roughly doubles the cost of storing a row, and
 * tables of 100,000 deals are filtered and sorted in memory anyway. Since version 2 records are
 * stored in pages found from the id (recordPages.ts); only single history entries are indexed (by
 * record and batch), and history chunks by batch.
 */
export interface SchemaVersion {
  version: number;
  /** Date the version was introduced and why. */
  note: string;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    note: '2026-11-25: first store: analyst records, annotations, history and settings.',
    stores: {
      organizations: 'id',
      deals: 'id',
      indicators: 'id',
      observations: 'id, indicatorId',
      events: 'id',
      sources: 'id',
      annotations: 'id, targetId',
      history: 'id, recordId, batchId',
      meta: 'key',
    },
  },
  {
    version: 2,
    note:
      '2026-12: records in pages (recordPages.ts) and the history of batches in chunks (historyChunks.ts), ' +
      'so 100,000 deals are read and written in a few hundred IndexedDB values. The indexes on ' +
      'observations.indicatorId and annotations.targetId go: records in pages are looked up in memory.',
    stores: {
      organizations: null,
      deals: null,
      indicators: null,
      observations: null,
      events: null,
      sources: null,
      annotations: null,
      organizationPages: 'page',
      dealPages: 'page',
      indicatorPages: 'page',
      observationPages: 'page',
      eventPages: 'page',
      sourcePages: 'page',
      annotationPages: 'page',
      [historyChunkStoreName]: '[page+batchId], batchId',
    },
    upgrade: upgradeToPages,
  },
  {
    version: 3,
    note:
      '2026-11-26: records in 128 pages instead of 512, each then large enough for Chromium to keep ' +
      'as a blob, which it reads about three times as fast (recordPages.ts). History chunks stay as they are.',
    stores: {},
    upgrade: regroupRecordPages,
  },
  {
    version: 4,
    note:
      '2026-11-26: the deals also kept as rows, the fields the deals table shows, page for page beside ' +
      'them (tableRows.ts), so the window opens the table without making every deal first; and a stamp ' +
      'for every page (pageRevisions.ts), so a live read after an edit reads only the pages it changed.',
    stores: { dealRowPages: 'page', [pageRevisionStoreName]: 'store' },
    upgrade: addDealRowPagesAndStamps,
  },
  {
    version: 5,
    note:
      "2026-11-26: the deals' rows stored as columns (dealRowLayout.ts) and read back as views, one " +
      'object per row instead of about six; the rows themselves do not change.',
    stores: {},
    upgrade: rowsInColumns,
  },
  {
    version: 6,
    note:
      "2026-12-08: deals and organizations keep other systems' identifiers for them (`externalIds`: a " +
      "database's record id, a ministry's register number), so a file from that system matches them again; " +
      'every stored deal and organization starts with none.',
    stores: {},
    upgrade: addExternalIds,
  },
];

/** Spelled out, not taken from the model: these upgrades must not change when a table is added later. */
const recordTablesOfVersions1To3: RecordTable[] = [
  'organizations',
  'deals',
  'indicators',
  'observations',
  'events',
  'sources',
  'annotations',
];

/**
 * Version 1 to 2: every record moves into its page, and every history entry of a batch into its
 * chunk; entries of no batch stay where they are. Dexie removes the old record stores after this
 * has run, in the same upgrade transaction, so a failure leaves the version 1 store untouched.
 */
async function upgradeToPages(transaction: Transaction): Promise<void> {
  for (const table of recordTablesOfVersions1To3) {
    const records = (await transaction.table(table).toArray()) as AnyRecord[];
    await writeRecords(transaction, table, records, 'add', 'without-rows');
  }
  const history = transaction.table<HistoryEntry, string>('history');
  // Entries of no batch are not in the batchId index, so ordering by it yields exactly the batched ones.
  const batched = await history.orderBy('batchId').toArray();
  await writeHistoryChunks(transaction, batched);
  await history.bulkDelete(batched.map((entry) => entry.id));
}

/**
 * Version 2 to 3: every table's records are read from their pages, in page order, and written
 * again into the pages their ids now hash to. It runs in the upgrade's transaction, so a failure
 * leaves the version 2 store as it was.
 */
async function regroupRecordPages(transaction: Transaction): Promise<void> {
  for (const table of recordTablesOfVersions1To3) {
    const pages = transaction.table<StoredPage, number>(pageStoreNames[table]);
    const records = (await pages.toArray()).flatMap((page) => recordsOfPage(page));
    await pages.clear();
    await writeRecords(transaction, table, records, 'add', 'without-rows');
  }
}

/**
 * Version 3 to 4: the row of every deal, deleted ones too, on its deal's page, and a stamp for
 * every page of records and rows. The records themselves are not rewritten.
 */
async function addDealRowPagesAndStamps(transaction: Transaction): Promise<void> {
  const dealPages = await transaction.table<StoredPage, number>(pageStoreNames.deals).toArray();
  await putRowPages(
    transaction,
    'deals',
    dealPages.map((stored) => ({ page: stored.page, records: recordsOfPage(stored) })),
  );
  for (const table of recordTablesOfVersions1To3) {
    const store = pageStoreNames[table];
    await stampPages(transaction, store, (await transaction.table(store).toCollection().primaryKeys()) as number[]);
  }
}

/**
 * Version 4 to 5: every section of the deals' rows written again in columns, with a new stamp.
 * Sections in columns already (the version 4 upgrade of an older store writes them so) stay as they are.
 */
async function rowsInColumns(transaction: Transaction): Promise<void> {
  const rowPages = rowPageTable(transaction, 'deals')!;
  const stored = await rowPages.toArray();
  await putPages(
    rowPages,
    stored.map(({ page, sections }) => ({
      page,
      sections: sections.map((section) => ('dealRows' in section ? section : rowSection(section.page, rowsOfSection(section)))),
    })),
  );
  await stampPages(
    transaction,
    rowPages.name,
    stored.map(({ page }) => page),
  );
}

/**
 * Version 5 to 6: every deal and organization, deleted ones too, gains an empty list of external
 * ids. Each page is written again whole, the deals' with their row sections and stamps, so no
 * reader meets a record without the field.
 */
async function addExternalIds(transaction: Transaction): Promise<void> {
  for (const table of ['deals', 'organizations'] as const) {
    const stored = await transaction.table<StoredPage, number>(pageStoreNames[table]).toArray();
    await putRecordPages(
      transaction,
      table,
      stored.map((page) => ({
        page: page.page,
        records: recordsOfPage(page).map((record) => ('externalIds' in record ? record : { ...record, externalIds: [] })),
      })),
    );
  }
}

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1].version;
