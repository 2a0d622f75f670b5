import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { ensureDefaultDataset, resetToDefaultDataset } from './defaultDataset';
import { defaultDataset } from './defaultDatasetFile';
import { readStoreContents, replaceStore, restoreBackup } from './replaceStore';
import { readTable } from './readRecords';
import { readAllHistory } from './historyChunks';

let db: SilkLedgerDatabase;

const openScratchStore = scratchStores('replace');

beforeEach(async () => {
  db = await openScratchStore();
  await ensureDefaultDataset(db, defaultDataset);
});

const restoreRecord = {
  fileName: 'b.xlsx',
  restoredAt: '2026-11-26T08:00:00.000Z',
  restoredBy: 'Aziz',
  backupMadeAt: '2026-11-25T18:00:00.000Z',
  backupMadeBy: 'Nigora',
};

describe('replacing the store', () => {
  it('leaves the store exactly as it was when a write fails half-way', async () => {
    const before = await readStoreContents(db);
    const [first] = before.deals;
    // The second copy of a deal is refused by its page after the tables were cleared and sources written.
    const contents = { ...before, organizations: [], deals: [first, { ...first }] };
    const result = await restoreBackup(db, contents, restoreRecord);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^The store could not be written, so nothing was saved: /);
    expect(await readStoreContents(db)).toStrictEqual(before);
  });

  it('keeps settings on a reset to the default dataset and replaces them on a restore', async () => {
    await db.meta.put({ key: 'saved-views:deals', value: [] });
    await resetToDefaultDataset(db, defaultDataset());
    expect(await db.meta.get('saved-views:deals')).toBeDefined();
    await replaceStore(db, { meta: [{ key: 'only', value: 1 }] }, 'replace');
    expect(await db.meta.toArray()).toEqual([{ key: 'only', value: 1 }]);
    expect((await readTable(db, 'deals')).length).toBe(0);
    expect((await readAllHistory(db)).length).toBe(0);
  });
});
