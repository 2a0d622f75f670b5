import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SilkLedgerDatabase } from './database';
import { currentSchemaVersion, schemaVersions } from './schemaVersions';
import { dealInput, organizationInput } from './testing/sampleInputs';

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null };
const organizationId = '7a1f6a1e-0c6b-4c53-9f0e-2f4f8a9d0001';
const dealId = '7a1f6a1e-0c6b-4c53-9f0e-2f4f8a9d0002';

/**
 * Records as each schema version stored them. A new version must add its predecessor's fixture
 * here; the test below fails until it does.
 */
const fixturesByVersion: Record<number, Record<string, unknown[]>> = {
  1: {
    organizations: [{ ...organizationInput(), id: organizationId, ...stamps }],
    deals: [{ ...dealInput({ parties: [{ organizationId, role: 'signatory' }] }), id: dealId, ...stamps }],
    meta: [{ key: 'default-dataset', value: { datasetVersion: 'fixture', loadedAt: stamps.createdAt } }],
  },
};

describe('schema versions', () => {
  it('are numbered in increasing order and each has a fixture', () => {
    const numbers = schemaVersions.map((version) => version.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const version of numbers) expect(fixturesByVersion[version], `fixture for version ${version}`).toBeDefined();
  });

  it.each(schemaVersions.map((version) => version.version))(
    'a store created at version %i opens in the current version with every record',
    async (version) => {
      const name = `migration-${version}-${crypto.randomUUID()}`;
      const old = new SilkLedgerDatabase(
        name,
        schemaVersions.filter((candidate) => candidate.version <= version),
      );
      await old.open();
      for (const [table, rows] of Object.entries(fixturesByVersion[version])) await old.table(table).bulkAdd(rows);
      old.close();

      const current = new SilkLedgerDatabase(name);
      await current.open();
      expect(current.verno).toBe(currentSchemaVersion);
      for (const [table, rows] of Object.entries(fixturesByVersion[version])) {
        expect(await current.table(table).count(), table).toBe(rows.length);
      }
      expect((await current.organizations.get(organizationId))?.name).toBe('Uzbektelecom');
      expect((await current.deals.get(dealId))?.parties).toEqual([{ organizationId, role: 'signatory' }]);
      current.close();
      await current.delete();
    },
  );
});
