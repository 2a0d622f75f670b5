import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { recordTables } from '@shared/model/tables';
import { createDataLayer, type DataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { readActiveRecords, readTable } from './readRecords';
import { KeptPages, revisionTable } from './pageRevisions';
import { storedPage } from './pageStorage';
import { pageOf, pageTable, recordPageCount } from './recordPages';
import { replaceStore } from './replaceStore';
import { dealInput, organizationInput } from './testing/sampleInputs';

let db: SilkLedgerDatabase;
let data: DataLayer;

const openScratchStore = scratchStores('read-records');

beforeEach(async () => {
  db = await openScratchStore();
  data = createDataLayer(db, { actor: () => 'A. Analyst' });
});

function idOnPage(page: number): string {
  for (;;) {
    const id = crypto.randomUUID();
    if (pageOf(id) === page) return id;
  }
}

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
  const pages = [0, 15, 16, recordPageCount - 1];
  const created = await data.createMany(
    'organizations',
    pages.map((page) => ({ ...organizationInput({ name: `On page ${page}` }), id: idOnPage(page) })),
  );
  if (!created.ok) throw new Error(created.error.message);
  const read = await readTable(db, 'organizations');
  expect(read.map((organization) => organization.name)).toEqual(pages.map((page) => `On page ${page}`));
});

it('reads again only the pages written since its last read, with KeptPages, and keeps the records of the others', async () => {
  const created = await data.createMany(
    'organizations',
    Array.from({ length: 600 }, (_, index) => organizationInput({ name: `Operator ${index}` })),
  );
  if (!created.ok) throw new Error(created.error.message);
  const kept = new KeptPages();
  const before = await readTable(db, 'organizations', kept);
  // A write to another table changes none of these pages.
  expect((await data.create('deals', dealInput())).ok).toBe(true);
  const unchanged = await readTable(db, 'organizations', kept);
  expect(unchanged.every((record, at) => record === before[at])).toBe(true);

  const renamed = created.value[0];
  const updated = await data.update('organizations', renamed.id, { name: 'Renamed operator' });
  expect(updated.ok).toBe(true);
  const after = await readTable(db, 'organizations', kept);
  expect(after).toStrictEqual(await readTable(db, 'organizations'));

  const readBefore = new Set(before);
  const changedPage = pageOf(renamed.id);
  for (const record of after) {
    // Records on the edited page are read anew; every other record is the very object read before.
    expect(readBefore.has(record), record.name).toBe(pageOf(record.id) !== changedPage);
  }
  expect(after.find((record) => record.id === renamed.id)?.name).toBe('Renamed operator');
  // Without it, every page read is unpacked into new records.
  const plain = await readTable(db, 'organizations');
  expect(plain.some((record) => readBefore.has(record) || after.includes(record))).toBe(false);

  // A page written without a stamp (no writer of the app does that) is read anyway, every time.
  const page = changedPage === 7 ? 8 : 7;
  const behind = { ...created.value[1], name: 'Written behind the stamps', id: idOnPage(page) };
  const onPage = (await readTable(db, 'organizations')).filter((record) => pageOf(record.id) === page);
  await pageTable(db, 'organizations').put(storedPage(page, [...onPage, behind]));
  const { [page]: _dropped, ...otherStamps } = (await revisionTable(db).get('organizationPages'))!.stamps;
  await revisionTable(db).put({ store: 'organizationPages', stamps: otherStamps });
  expect((await readTable(db, 'organizations', kept)).map((record) => record.name)).toContain('Written behind the stamps');

  // A store replaced wholesale is read anew, even on pages that hold records again.
  await replaceStore(db, { organizations: before.slice(0, 3) }, 'keep');
  const replaced = await readTable(db, 'organizations', kept);
  expect(replaced).toStrictEqual(before.slice(0, 3).sort((a, b) => pageOf(a.id) - pageOf(b.id)));
  expect(replaced.some((record) => readBefore.has(record))).toBe(false);
  await replaceStore(db, {}, 'keep');
  expect(await readTable(db, 'organizations', kept)).toEqual([]);
});
