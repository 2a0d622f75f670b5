import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { historyEntrySchema } from '@shared/model/history';
import { recordSchemas, recordTables } from '@shared/model/tables';
import type { StoreContents } from './replaceStore';
import { readStoreContents, storeTables, writeStoreContents } from './replaceStore';
import { SilkLedgerDatabase } from './database';
import { findHistoryEntry, historyOfBatch, historyOfRecord } from './historyChunks';
import { getRecord } from './testing/storedRecord';
import { readRows, readTable } from './readRecords';
import { revisionTable } from './pageRevisions';
import { pageStoreNames } from './recordPages';
import { rowPageStoreNames, rowPageTable } from './rowPages';
import { dealRowOf, plainDealRow, type DealRow } from '@shared/model/tableRows';
import { currentSchemaVersion, schemaVersions } from './schemaVersions';
import storeV1 from './fixtures/store-v1.json';
import storeV2 from './fixtures/store-v2.json';
import storeV3 from './fixtures/store-v3.json';
import storeV4 from './fixtures/store-v4.json';
import storeV6 from './fixtures/store-v6.json';

/**
 * A whole store as each schema version wrote it, object store by object store (every table:
 * records, deleted ones, history with a batch, settings), frozen in a file when the version was
 * current. A new version must add the fixture of the one it replaces, and say here how its upgrade
 * changes it; the test below fails until it does.
 */
const fixturesByVersion: Record<number, Record<string, unknown[]>> = {
  1: storeV1,
  // The store of version 1 after its upgrade: the same records and history, in pages and chunks.
  2: storeV2,
  // The store of version 2 after its upgrade: each record on its page among 128 (pages 128 and up
  // are gone), history as it was.
  3: storeV3,
  // The store of version 3 after its upgrade: the same pages, beside each page of deals the page of
  // their rows, and a stamp for every page.
  4: storeV4,
  // Version 5 changed only how the rows of a row page's sections are encoded, which this file's JSON
  // cannot show (the fixtures hold every page unpacked), so its store is written as version 4's.
  5: storeV4,
  // The store of version 5 after its upgrade: every deal and organization with an empty list of
  // external ids, the rest as it was.
  6: storeV6,
};

const storedInVersion1 = storeV1 as unknown as StoreContents;

/**
 * What every fixture holds, read as the app reads it. Only version 6 changed records: deals and
 * organizations gained `externalIds`. History entries keep the records as they were written.
 */
const expectedContents: StoreContents = {
  ...storedInVersion1,
  deals: storedInVersion1.deals.map((deal) => ({ ...deal, externalIds: [] })),
  organizations: storedInVersion1.organizations.map((organization) => ({ ...organization, externalIds: [] })),
};

describe('schema versions', () => {
  it('are numbered in increasing order and each has a fixture', () => {
    const numbers = schemaVersions.map((version) => version.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const version of numbers) expect(fixturesByVersion[version], `fixture for version ${version}`).toBeDefined();
  });

  it('have fixtures that fill every table of the store', () => {
    for (const fixture of Object.values(fixturesByVersion)) {
      for (const [table, rows] of Object.entries(fixture)) expect(rows.length, table).toBeGreaterThan(0);
    }
  });

  it.each(schemaVersions.map((version) => version.version))(
    'a store created at version %i opens in the current version with every record, index and setting',
    async (version) => {
      const name = `migration-${version}-${crypto.randomUUID()}`;
      const old = new SilkLedgerDatabase(
        name,
        schemaVersions.filter((candidate) => candidate.version <= version),
      );
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixturesByVersion[version])) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const current = new SilkLedgerDatabase(name);
      await current.open();
      expect(current.verno).toBe(currentSchemaVersion);
      const upgraded = await readStoreContents(current);
      // An upgrade that reshapes records compares here with what it should make of the old fixture.
      expect(upgraded).toStrictEqual(expectedContents);

      // Everything the upgraded store holds is valid under today's schemas, so the app can read and edit it.
      for (const table of recordTables) {
        for (const record of upgraded[table])
          expect(recordSchemas[table].safeParse(record).success, `${table} ${record.id}`).toBe(true);
      }
      for (const entry of upgraded.history) expect(historyEntrySchema.safeParse(entry).success, entry.id).toBe(true);

      // The deals' rows are there for every deal, deleted ones too, and agree with the deals.
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      expect((await readRows(current, 'deals')).map((row) => plainDealRow(row as DealRow)).sort(byId)).toStrictEqual(
        (await readTable(current, 'deals')).map(dealRowOf).sort(byId),
      );
      expect((await readRows(current, 'deals')).length).toBe(expectedContents.deals.length);
      // The upgrade to version 5 puts every section's rows in columns (version 5's own fixture holds
      // them unpacked, as JSON must, and readers take both).
      for (const { sections } of version < 5 ? await rowPageTable(current, 'deals')!.toArray() : []) {
        for (const section of sections) expect(Object.keys(section).sort()).toEqual(['dealRows', 'page', 'stamp']);
      }
      // Every page of records and rows has a stamp, so the window's live reads see all of them.
      for (const store of [...recordTables.map((table) => pageStoreNames[table]), rowPageStoreNames.deals!]) {
        const pages = (await current.table(store).toCollection().primaryKeys()).map(String).sort();
        expect(pages.length, store).toBeGreaterThan(0);
        expect(Object.keys((await revisionTable(current).get(store))?.stamps ?? {}).sort(), store).toEqual(pages);
      }

      // Every record, entry and batch is found the way the app looks them up.
      for (const table of recordTables) {
        for (const record of upgraded[table]) expect(await getRecord(current, table, record.id)).toStrictEqual(record);
      }
      const batched = upgraded.history.filter((entry) => entry.batchId !== null);
      expect(batched.length).toBeGreaterThan(0);
      for (const entry of upgraded.history) {
        expect(await historyOfRecord(current, entry.recordId)).toContainEqual(entry);
        expect(await findHistoryEntry(current, entry)).toStrictEqual(entry);
        if (entry.batchId) expect(await historyOfBatch(current, entry.batchId)).toContainEqual(entry);
      }
      current.close();
      await current.delete();
    },
  );

  it('a store written by version 5 (pages packed, rows in columns) gives every deal and organization external ids', async () => {
    const name = `migration-packed-${crypto.randomUUID()}`;
    const old = new SilkLedgerDatabase(
      name,
      schemaVersions.filter((candidate) => candidate.version <= 5),
    );
    await old.open();
    await old.transaction('rw', storeTables(old), async () => {
      // Settings as stored then, unchecked: the fixture's saved view is in an older form, which reads back as absent.
      await writeStoreContents(old, { ...storedInVersion1, meta: [] });
      await old.meta.bulkAdd(storedInVersion1.meta);
    });
    const packedPages = await old.table('dealPages').toArray();
    expect(packedPages.every((page) => 'packed' in page)).toBe(true);
    old.close();

    const current = new SilkLedgerDatabase(name);
    await current.open();
    expect(await readStoreContents(current)).toStrictEqual(expectedContents);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    expect((await readRows(current, 'deals')).map((row) => plainDealRow(row as DealRow)).sort(byId)).toStrictEqual(
      (await readTable(current, 'deals')).map(dealRowOf).sort(byId),
    );
    current.close();
    await current.delete();
  });
});
