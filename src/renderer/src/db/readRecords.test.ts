import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { recordTables } from '@shared/model/tables';
import { createDataLayer, type DataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { readActiveRecords, readTable } from './readRecords';
import { pageOf, recordPageCount, ReusedPages } from './recordPages';
import { organizationInput } from './testing/sampleInputs';

let db: SilkLedgerDatabase;
let data: DataLayer;

const openScratchStore = scratchStores('read-records');

beforeEach(async () => {
  db = await openScratchStore();
  data = createDataLayer(db, { actor: () => 'A. Analyst' });
});

it('reads every table, leaving out deleted records, which readTable still has', async () => {
  const names = ['Uzbektelecom', 'Huawei', 'ZTE', 'China Unicom', 'Beeline'];
  const created = await data.createMany(
    'organizations',
    names.map((name) => organizationInput({ name })),
  );
  if (!created.ok) throw new Error(created.error.message);
  const zte = created.value[2];
  await data.remove('organizations', zte.id);

  const active = await readActiveRecords(db);
  expect(Object.keys(active).sort()).toEqual([...recordTables].sort());
  expect(active.organizations.map((organization) => organization.name).sort()).toEqual(
    names.filter((name) => name !== 'ZTE').sort(),
  );
  expect((await readTable(db, 'organizations')).find((organization) => organization.id === zte.id)?.deletedAt).not.toBeNull();
});

it('reads the first and last page and both sides of a boundary between read requests', async () => {
  const idOnPage = (page: number) => {
    for (;;) {
      const id = crypto.randomUUID();
      if (pageOf(id) === page) return id;
    }
  };
  const pages = [0, 15, 16, recordPageCount - 1];
  const created = await data.createMany(
    'organizations',
    pages.map((page) => ({ ...organizationInput({ name: `On page ${page}` }), id: idOnPage(page) })),
  );
  if (!created.ok) throw new Error(created.error.message);
  const read = await readTable(db, 'organizations');
  expect(read.map((organization) => organization.name)).toEqual(pages.map((page) => `On page ${page}`));
});

it('keeps the records of unchanged pages across reads after an edit, with ReusedPages, and only those', async () => {
  const created = await data.createMany(
    'organizations',
    Array.from({ length: 600 }, (_, index) => organizationInput({ name: `Operator ${index}` })),
  );
  if (!created.ok) throw new Error(created.error.message);
  const reused = new ReusedPages();
  const before = await readTable(db, 'organizations', reused.recordsOf);
  const renamed = created.value[0];
  const updated = await data.update('organizations', renamed.id, { name: 'Renamed operator' });
  expect(updated.ok).toBe(true);
  const after = await readTable(db, 'organizations', reused.recordsOf);

  const kept = new Set(before);
  const changedPage = pageOf(renamed.id);
  for (const record of after) {
    // Records on the edited page are unpacked anew; every other record is the very object read before.
    expect(kept.has(record), record.name).toBe(pageOf(record.id) !== changedPage);
  }
  expect(after.find((record) => record.id === renamed.id)?.name).toBe('Renamed operator');
  // Without it, every page read is unpacked into new records.
  const plain = await readTable(db, 'organizations');
  expect(plain.some((record) => kept.has(record) || after.includes(record))).toBe(false);
});
