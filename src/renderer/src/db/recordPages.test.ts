import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordOf } from '@shared/model/tables';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { readTable } from './readRecords';
import { getRecords, pageOf, pageTable, recordPageCount, writeRecords } from './recordPages';
import { getRecord } from './testing/storedRecord';
import { organizationInput } from './testing/sampleInputs';

let db: SilkLedgerDatabase;

const openScratchStore = scratchStores('record-pages');

beforeEach(async () => {
  db = await openScratchStore();
});

const stamp = { createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z', deletedAt: null };

function organizations(count: number): RecordOf<'organizations'>[] {
  return Array.from({ length: count }, (_, index) => ({
    ...organizationInput({ name: `Operator ${index}` }),
    ...stamp,
    id: `organization-${index}`,
  }));
}

describe('pages of records', () => {
  it('spread ids over every page, none holding more than twice its share', () => {
    const counts = new Array<number>(recordPageCount).fill(0);
    for (let index = 0; index < 100_000; index++) counts[pageOf(`deal-${index}`)]++;
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan((2 * 100_000) / recordPageCount);
  });

  it('hold every record written, each found by id from its page alone', async () => {
    const written = organizations(1000);
    await writeRecords(db, 'organizations', written, 'add');
    expect(await pageTable(db, 'organizations').count()).toBe(new Set(written.map((record) => pageOf(record.id))).size);
    const read = await readTable(db, 'organizations');
    expect(read).toHaveLength(1000);
    expect(new Set(read.map((record) => record.id))).toEqual(new Set(written.map((record) => record.id)));
    expect(await getRecord(db, 'organizations', 'organization-417')).toEqual(written[417]);
    expect(await getRecord(db, 'organizations', 'organization-1000')).toBeUndefined();
    const some = await getRecords(db, 'organizations', ['organization-3', 'organization-999', 'nobody']);
    expect([...some.keys()].sort()).toEqual(['organization-3', 'organization-999']);
  });

  it('rewrite only the page of a changed record', async () => {
    const written = organizations(1000);
    await writeRecords(db, 'organizations', written, 'add');
    const before = await pageTable(db, 'organizations').toArray();
    const renamed = { ...written[42], name: 'Uzbektelecom AK' };
    await writeRecords(db, 'organizations', [renamed], 'put');
    const after = await pageTable(db, 'organizations').toArray();
    const changed = after.filter((page, index) => JSON.stringify(page) !== JSON.stringify(before[index]));
    expect(changed.map((page) => page.page)).toEqual([pageOf(renamed.id)]);
    expect(await getRecord(db, 'organizations', renamed.id)).toEqual(renamed);
    expect(await readTable(db, 'organizations')).toHaveLength(1000);
  });

  it('refuse to add a record whose id is taken, writing none of the records given', async () => {
    await writeRecords(db, 'organizations', organizations(3), 'add');
    const clash = [{ ...organizations(5)[4] }, { ...organizations(3)[1], name: 'Impostor' }];
    await expect(
      db.transaction('rw', pageTable(db, 'organizations'), () => writeRecords(db, 'organizations', clash, 'add')),
    ).rejects.toThrow(/organization-1 .*already stored/);
    expect((await readTable(db, 'organizations')).map((record) => record.name).sort()).toEqual([
      'Operator 0',
      'Operator 1',
      'Operator 2',
    ]);
  });
});
