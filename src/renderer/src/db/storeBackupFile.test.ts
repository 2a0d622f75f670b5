import 'fake-indexeddb/auto';
import * as XLSX from 'xlsx';
import { beforeEach, describe, expect, it } from 'vitest';
import { wrapSnapshot } from '@shared/report/backupSnapshot';
import { createDataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { ensureDefaultDataset } from './defaultDataset';
import { defaultDataset } from './defaultDatasetFile';
import { lastRestoreKey, readStoreContents, restoreBackup, type StoreContents } from './replaceStore';
import { organizationInput } from './testing/sampleInputs';
import { buildStoreBackup, readBackupFile } from './storeBackupFile';
import { readTable } from './readRecords';
import { writeSetting } from './settings';

const openStore = scratchStores('backup');

let original: SilkLedgerDatabase;

/** The default dataset after an analyst's day: an edit, a delete, a new organization and a saved view. */
beforeEach(async () => {
  original = await openStore();
  await ensureDefaultDataset(original, defaultDataset);
  const data = createDataLayer(original, { actor: () => 'Nigora' });
  const [deal, other] = await readTable(original, 'deals');
  expect((await data.update('deals', deal.id, { place: 'Tashkent, Яшнабадский район 中国' })).ok).toBe(true);
  expect((await data.remove('deals', other.id)).ok).toBe(true);
  expect((await data.create('organizations', organizationInput({ name: 'Tencent 腾讯 🐧', country: 'CN' }))).ok).toBe(true);
  const telecom = { text: '', sector: 'telecommunications', showDeleted: false };
  const view = { sorting: [{ id: 'date', desc: true }], columnSizing: {}, columnVisibility: { place: false } };
  expect((await writeSetting(original, 'saved-views:deals', [{ name: 'Telecom', filter: telecom, view }])).ok).toBe(true);
});

async function openedBackup(fileName: string, bytes: Uint8Array) {
  const result = await readBackupFile(fileName, bytes);
  if (!result.ok) throw new Error(result.message);
  return result.backup;
}

const restoreRecord = {
  fileName: 'backup.xlsx',
  restoredAt: '2026-11-26T08:00:00.000Z',
  restoredBy: 'Aziz',
  backupMadeAt: '2026-11-25T18:00:00.000Z',
  backupMadeBy: 'Nigora',
};

function withoutRestoreRecord(contents: StoreContents): StoreContents {
  return { ...contents, meta: contents.meta.filter((entry) => entry.key !== lastRestoreKey) };
}

describe('saving the store as a workbook and restoring it', () => {
  it('gives an empty store exactly the same records, deleted ones, history and settings', async () => {
    const before = await readStoreContents(original);
    expect(before.deals.some((deal) => deal.deletedAt !== null)).toBe(true);
    expect(before.history.length).toBeGreaterThan(before.deals.length);

    const backup = await openedBackup('backup.xlsx', await buildStoreBackup(original, 'Nigora'));
    expect(backup.about.savedBy).toBe('Nigora');
    const empty = await openStore();
    expect(await restoreBackup(empty, backup.contents, restoreRecord)).toEqual({ ok: true, value: restoreRecord });

    const after = await readStoreContents(empty);
    expect(withoutRestoreRecord(after)).toStrictEqual(before);
    expect(after.meta.find((entry) => entry.key === lastRestoreKey)?.value).toEqual(restoreRecord);
  });

  it('replaces a store that holds other data completely', async () => {
    const before = await readStoreContents(original);
    const backup = await openedBackup('backup.xlsx', await buildStoreBackup(original, 'Nigora'));
    const data = createDataLayer(original, { actor: () => 'Aziz' });
    await data.create('organizations', organizationInput({ name: 'Added after the backup' }));
    await original.meta.put({ key: 'saved-views:events', value: [] });

    await restoreBackup(original, backup.contents, restoreRecord);
    expect(withoutRestoreRecord(await readStoreContents(original))).toStrictEqual(before);
  });

  it('restores a checksummed snapshot the same way, and refuses a damaged one', async () => {
    const before = await readStoreContents(original);
    const snapshot = await wrapSnapshot(await buildStoreBackup(original, 'Nigora'));
    const backup = await openedBackup('s.silkbackup', snapshot);
    const empty = await openStore();
    await restoreBackup(empty, backup.contents, restoreRecord);
    expect(withoutRestoreRecord(await readStoreContents(empty))).toStrictEqual(before);

    const damaged = await readBackupFile('s.silkbackup', snapshot.subarray(0, snapshot.byteLength - 10));
    expect(damaged).toEqual({ ok: false, message: expect.stringContaining('s.silkbackup cannot be restored: it is truncated') });
  });

  it('refuses a workbook that is not a backup with a clear message', async () => {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([
        ['Title', 'Signed'],
        ['A deal', '2024-01-01'],
      ]),
      'Deals',
    );
    const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }));
    expect(await readBackupFile('deals.xlsx', bytes)).toEqual({
      ok: false,
      message: expect.stringMatching(/^deals\.xlsx: The backup cannot be restored .*\n.*it has no sheet _about/),
    });
  });
});
