import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { ensureDefaultDataset, resetToDefaultDataset } from './defaultDataset';
import { defaultDataset } from './defaultDatasetFile';
import { readStoreContents, replaceStore, restoreBackup } from './replaceStore';
import { readTable } from './readRecords';
import { readAllHistory } from './historyChunks';
import { readSetting, writeSetting } from './settings';

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

  it('keeps settings on a reset to the default dataset and replaces them on a restore, except those of this computer', async () => {
    expect((await writeSetting(db, 'saved-views:deals', [])).ok).toBe(true);
    expect((await writeSetting(db, 'analyst-name', 'Aziz')).ok).toBe(true);
    await resetToDefaultDataset(db, defaultDataset());
    expect(await readSetting(db, 'saved-views:deals')).toEqual([]);
    const presets = [{ name: 'Only', signature: 'headers-v1:title', kind: 'deals' as const, fields: ['title'] }];
    await replaceStore(db, { meta: [{ key: 'import-mapping-presets', value: presets }] }, 'replace');
    expect(await db.meta.toArray()).toEqual([
      { key: 'analyst-name', value: 'Aziz' },
      { key: 'import-mapping-presets', value: presets },
    ]);
    expect((await readTable(db, 'deals')).length).toBe(0);
    expect((await readAllHistory(db)).length).toBe(0);
  });

  it('refuses contents holding a setting its schema refuses, and leaves the store as it was', async () => {
    const before = await readStoreContents(db);
    const result = await restoreBackup(
      db,
      { ...before, meta: [{ key: 'saved-views:deals', value: [{ name: 'Telecom' }] }] },
      restoreRecord,
    );
    expect(!result.ok && result.error.message).toMatch(/^Could not save the saved views of a table: 0\.filter: .+/);
    expect(await readStoreContents(db)).toStrictEqual(before);
  });
});
