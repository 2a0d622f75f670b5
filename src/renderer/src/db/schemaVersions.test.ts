import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { historyEntrySchema } from '@shared/model/history';
import { recordSchemas, recordTables } from '@shared/model/tables';
import type { StoreContents } from './replaceStore';
import { readStoreContents } from './replaceStore';
import { SilkLedgerDatabase } from './database';
import { currentSchemaVersion, schemaVersions } from './schemaVersions';
import storeV1 from './fixtures/store-v1.json';

/**
 * A whole store as each schema version wrote it (every table: records, deleted ones, history with
 * a batch, settings), frozen in a file when the version was current. A new version must add the
 * fixture of the one it replaces, and say here how its upgrade changes it; the test below fails
 * until it does.
 */
const fixturesByVersion: Record<number, StoreContents> = {
  1: storeV1 as unknown as StoreContents,
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
      expect(upgraded).toStrictEqual(fixturesByVersion[version]);

      // Everything the upgraded store holds is valid under today's schemas, so the app can read and edit it.
      for (const table of recordTables) {
        for (const record of upgraded[table])
          expect(recordSchemas[table].safeParse(record).success, `${table} ${record.id}`).toBe(true);
      }
      for (const entry of upgraded.history) expect(historyEntrySchema.safeParse(entry).success, entry.id).toBe(true);

      // The indexes the app looks records up by answer as they did before the upgrade.
      for (const observation of upgraded.observations) {
        expect(await current.observations.where('indicatorId').equals(observation.indicatorId).primaryKeys()).toContain(
          observation.id,
        );
      }
      for (const annotation of upgraded.annotations) {
        expect(await current.annotations.where('targetId').equals(annotation.targetId).primaryKeys()).toContain(annotation.id);
      }
      const batched = upgraded.history.filter((entry) => entry.batchId !== null);
      expect(batched.length).toBeGreaterThan(0);
      for (const entry of upgraded.history) {
        expect(await current.history.where('recordId').equals(entry.recordId).primaryKeys()).toContain(entry.id);
        if (entry.batchId) expect(await current.history.where('batchId').equals(entry.batchId).primaryKeys()).toContain(entry.id);
      }
      current.close();
      await current.delete();
    },
  );
});
