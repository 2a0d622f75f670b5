import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDataLayer, type DataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { dealInput, organizationInput } from './testing/sampleInputs';
import { readTable } from './readRecords';
import { pageOf } from './recordPages';
import { getRecord } from './testing/storedRecord';
import { historyOfBatch, readAllHistory } from './historyChunks';

let db: SilkLedgerDatabase;
let data: DataLayer;
let clock: number;

const openScratchStore = scratchStores('data-layer');

beforeEach(async () => {
  db = await openScratchStore();
  clock = Date.parse('2026-11-25T09:00:00Z');
  data = createDataLayer(db, { actor: () => 'A. Analyst', now: () => new Date((clock += 1000)) });
});

async function createOrganization(name = 'Uzbektelecom') {
  const result = await data.create('organizations', organizationInput({ name }));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('valid writes', () => {
  it('stamps id and timestamps, stores the record and writes its history in one go', async () => {
    const organization = await createOrganization();
    expect(organization.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(organization.createdAt).toBe('2026-11-25T09:00:01.000Z');
    expect(organization.deletedAt).toBeNull();
    expect(await getRecord(db, 'organizations', organization.id)).toEqual(organization);
    const history = await data.historyOf(organization.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'create',
      actor: 'A. Analyst',
      table: 'organizations',
      before: null,
      after: organization,
    });
  });

  it('trims text the way the schema says', async () => {
    const result = await data.create('organizations', organizationInput({ name: '  China Unicom  ' }));
    expect(result.ok && result.value.name).toBe('China Unicom');
  });

  it('records before and after of an update', async () => {
    const organization = await createOrganization();
    const updated = await data.update('organizations', organization.id, { aliases: ['JSC Uzbektelecom', 'Uzbektelecom AK'] });
    expect(updated.ok && updated.value.aliases).toEqual(['JSC Uzbektelecom', 'Uzbektelecom AK']);
    const [latest] = await data.historyOf(organization.id);
    expect(latest.action).toBe('update');
    expect(latest.before?.['aliases']).toEqual(['JSC Uzbektelecom']);
    expect(latest.after?.['aliases']).toEqual(['JSC Uzbektelecom', 'Uzbektelecom AK']);
  });

  it('writes no history for an update that changes nothing', async () => {
    const organization = await createOrganization();
    await data.update('organizations', organization.id, { name: 'Uzbektelecom' });
    expect(await data.historyOf(organization.id)).toHaveLength(1);
  });
});

describe('invalid writes', () => {
  it('rejects a record with a message naming each bad field, and stores nothing', async () => {
    const result = await data.create(
      'deals',
      dealInput({ title: '   ', date: { unit: 'day', start: '2020-02-01', end: '2020-01-01' } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Could not save the deal: /);
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'Title is required' },
        { field: 'date.end', message: 'the start of a date range must not be after its end' },
      ]),
    );
    expect((await readTable(db, 'deals')).length).toBe(0);
    expect((await readAllHistory(db)).length).toBe(0);
  });

  it('rejects a deal whose party does not exist, naming the field', async () => {
    const missing = crypto.randomUUID();
    const result = await data.create('deals', dealInput({ parties: [{ organizationId: missing, role: 'signatory' }] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.issues).toEqual([
      { field: 'parties.0.organizationId', message: `no organization with id ${missing}` },
    ]);
    expect((await readTable(db, 'deals')).length).toBe(0);
  });

  it('rejects an update that would make the record invalid and keeps the old one', async () => {
    const organization = await createOrganization();
    const result = await data.update('organizations', organization.id, { country: 'Uzbekistan' });
    expect(!result.ok && result.error.issues[0].field).toBe('country');
    expect(await getRecord(db, 'organizations', organization.id)).toEqual(organization);
  });

  it('rejects unknown fields instead of storing them', async () => {
    const result = await data.create('organizations', { ...organizationInput(), website: 'x' } as never);
    expect(result.ok).toBe(false);
  });

  it('refuses to update a record that does not exist', async () => {
    const result = await data.update('deals', crypto.randomUUID(), { title: 'x' });
    expect(!result.ok && result.error.message).toMatch(/there is no deal with id/);
  });
});

describe('soft delete and restore', () => {
  it('keeps a deleted record in the store, marked, and can restore it', async () => {
    const organization = await createOrganization();
    const removed = await data.remove('organizations', organization.id);
    expect(removed.ok && removed.value.deletedAt! > organization.updatedAt).toBe(true);
    expect((await readTable(db, 'organizations')).length).toBe(1);
    const restored = await data.restore('organizations', organization.id);
    expect(restored.ok && restored.value.deletedAt).toBeNull();
    expect((await data.historyOf(organization.id)).map((entry) => entry.action)).toEqual(['restore', 'delete', 'create']);
  });

  it('says so when a record is deleted twice', async () => {
    const organization = await createOrganization();
    await data.remove('organizations', organization.id);
    const again = await data.remove('organizations', organization.id);
    expect(!again.ok && again.error.message).toBe('Could not delete “Uzbektelecom”: it is already deleted.');
  });
});

describe('undo', () => {
  it('undoes an update field by field, keeping later changes to other fields', async () => {
    const organization = await createOrganization();
    await data.update('organizations', organization.id, { name: 'Uzbektelecom JSC' });
    const [rename] = await data.historyOf(organization.id);
    await data.update('organizations', organization.id, { notes: 'National operator' });
    const undone = await data.undo(rename);
    expect(undone.ok).toBe(true);
    const current = await getRecord(db, 'organizations', organization.id);
    expect(current).toMatchObject({ name: 'Uzbektelecom', notes: 'National operator' });
    const [latest] = await data.historyOf(organization.id);
    expect(latest).toMatchObject({ action: 'update', undoOf: rename.id });
  });

  it('refuses to undo a change whose field was changed again later', async () => {
    const organization = await createOrganization();
    await data.update('organizations', organization.id, { name: 'Uzbektelecom JSC' });
    const [rename] = await data.historyOf(organization.id);
    await data.update('organizations', organization.id, { name: 'Uzbektelecom AK' });
    const undone = await data.undo(rename);
    expect(!undone.ok && undone.error.message).toContain('was changed again later (Name)');
    expect((await getRecord(db, 'organizations', organization.id))?.name).toBe('Uzbektelecom AK');
  });

  it('undoes a create by deleting softly, and a delete by restoring', async () => {
    const organization = await createOrganization();
    const [created] = await data.historyOf(organization.id);
    await data.undo(created);
    expect((await getRecord(db, 'organizations', organization.id))?.deletedAt).not.toBeNull();
    const [deleted] = await data.historyOf(organization.id);
    await data.undo(deleted);
    expect((await getRecord(db, 'organizations', organization.id))?.deletedAt).toBeNull();
  });

  it('undoes a whole batch, or nothing when one step cannot be undone', async () => {
    const first = await data.create('organizations', organizationInput({ name: 'China Telecom' }), { batchId: 'batch-1' });
    const second = await data.create('organizations', organizationInput({ name: 'China Unicom' }), { batchId: 'batch-1' });
    if (!first.ok || !second.ok) throw new Error('setup failed');
    await data.remove('organizations', second.value.id);
    const blocked = await data.undoBatch('batch-1');
    expect(!blocked.ok && blocked.error.message).toContain('“China Unicom” is already deleted');
    expect((await getRecord(db, 'organizations', first.value.id))?.deletedAt).toBeNull();

    await data.restore('organizations', second.value.id);
    const undone = await data.undoBatch('batch-1');
    expect(undone.ok && undone.value).toHaveLength(2);
    expect((await readTable(db, 'organizations')).every((organization) => organization.deletedAt !== null)).toBe(true);
  });
});

describe('bulk writes', () => {
  it('delete and restore a selection in one transaction, as one batch', async () => {
    const organizations = [await createOrganization('ZTE'), await createOrganization('Huawei')];
    const ids = organizations.map((organization) => organization.id);
    const deleted = await data.setDeletedMany('organizations', ids, true, { batchId: 'bulk-1' });
    expect(deleted.ok && deleted.value.map((organization) => organization.deletedAt !== null)).toEqual([true, true]);
    expect((await historyOfBatch(db, 'bulk-1')).map((entry) => entry.action)).toEqual(['delete', 'delete']);
    const restored = await data.setDeletedMany('organizations', ids, false);
    expect(restored.ok).toBe(true);
    expect((await readTable(db, 'organizations')).every((organization) => organization.deletedAt === null)).toBe(true);
  });

  it('rewrite each page of the selection once, however many of its records change', async () => {
    const created = await data.createMany(
      'organizations',
      Array.from({ length: 300 }, (_, index) => organizationInput({ name: `Operator ${index}` })),
    );
    if (!created.ok) throw new Error(created.error.message);
    const ids = created.value.map((organization) => organization.id);
    const pagesPut: number[] = [];
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'organizationPages') pagesPut.push((args[0] as { page: number }).page);
      return put.apply(this, args);
    };
    try {
      expect((await data.setDeletedMany('organizations', ids, true)).ok).toBe(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(pagesPut.sort((a, b) => a - b)).toEqual([...new Set(ids.map((id) => pageOf(id)))].sort((a, b) => a - b));
    expect((await readTable(db, 'organizations')).every((organization) => organization.deletedAt !== null)).toBe(true);
  });

  it('change nothing when one record of the selection is refused', async () => {
    const [zte, huawei] = [await createOrganization('ZTE'), await createOrganization('Huawei')];
    await data.remove('organizations', huawei.id);
    const historyBefore = (await readAllHistory(db)).length;
    const result = await data.setDeletedMany('organizations', [zte.id, huawei.id], true);
    expect(!result.ok && result.error.message).toContain('“Huawei”: it is already deleted');
    expect((await getRecord(db, 'organizations', zte.id))?.deletedAt).toBeNull();
    expect((await readAllHistory(db)).length).toBe(historyBefore);
  });

  it('annotate many records at once, or none when one annotation is invalid', async () => {
    const [zte, huawei] = [await createOrganization('ZTE'), await createOrganization('Huawei')];
    const annotation = (targetId: string) => ({
      targetTable: 'organizations' as const,
      targetId,
      author: 'A. Analyst',
      note: 'Check the 2019 filing',
      tags: ['check'],
      confidence: null,
      pinned: false,
    });
    const refused = await data.createMany('annotations', [annotation(zte.id), annotation('no-such-organization')]);
    expect(refused.ok).toBe(false);
    expect((await readTable(db, 'annotations')).length).toBe(0);
    const created = await data.createMany('annotations', [annotation(zte.id), annotation(huawei.id)], { batchId: 'notes' });
    expect(created.ok && created.value).toHaveLength(2);
    expect((await historyOfBatch(db, 'notes')).length).toBe(2);
  });
});

describe('change notifications', () => {
  it('reports each committed change once, and nothing for a rejected write', async () => {
    const reported: string[][] = [];
    const notified = createDataLayer(db, {
      actor: () => 'A. Analyst',
      onCommitted: (entries) => reported.push(entries.map((entry) => entry.action)),
    });
    const created = await notified.create('organizations', organizationInput({ name: 'Tencent' }));
    await notified.create('deals', dealInput({ title: '' }));
    if (!created.ok) throw new Error(created.error.message);
    await notified.remove('organizations', created.value.id);
    const [deleted] = await notified.historyOf(created.value.id);
    await notified.undo(deleted);
    expect(reported).toEqual([['create'], ['delete'], ['restore']]);
  });
});
