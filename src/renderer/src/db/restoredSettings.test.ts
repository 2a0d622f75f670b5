import 'fake-indexeddb/auto';
import * as XLSX from 'xlsx';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SavedView } from '@shared/model/savedView';
import type { SilkLedgerDatabase } from './database';
import { ensureDefaultDataset } from './defaultDataset';
import { defaultDataset } from './defaultDatasetFile';
import { readStoreContents, restoreBackup } from './replaceStore';
import { readSetting, writeSetting } from './settings';
import { buildStoreBackup, readBackupFile } from './storeBackupFile';
import { scratchStores } from './testing/scratchStores';

const openStore = scratchStores('restored-settings');
let saved: SilkLedgerDatabase;

const view = { sorting: [], columnSizing: {}, columnVisibility: {} };
const telecom: SavedView = { name: 'Telecom', filter: { text: '', sector: 'telecommunications', showDeleted: false }, view };
const preset = { name: 'Ministry', signature: 'headers-v1:date|title', kind: 'deals' as const, fields: ['title', 'date'] };
const restoreNote = {
  fileName: 'data.xlsx',
  restoredAt: '2026-11-26T08:00:00.000Z',
  restoredBy: 'Aziz',
  backupMadeAt: '2026-11-25T18:00:00.000Z',
  backupMadeBy: 'Nigora',
};

async function written<T>(result: Promise<{ ok: boolean } & T>) {
  expect((await result).ok).toBe(true);
}

beforeEach(async () => {
  saved = await openStore();
  await ensureDefaultDataset(saved, defaultDataset);
  await written(writeSetting(saved, 'analyst-name', 'Nigora'));
  await written(writeSetting(saved, 'last-screen', 'events'));
  await written(writeSetting(saved, 'saved-views:deals', [telecom]));
  await written(writeSetting(saved, 'import-mapping-presets', [preset]));
});

/** The backup of `saved` after its Meta sheet was changed in a spreadsheet program. */
async function backupWithSettingsEdited(change: (rows: unknown[][]) => unknown[][]): Promise<Uint8Array> {
  const workbook = XLSX.read(await buildStoreBackup(saved, 'Nigora'), { type: 'array' });
  const [header, ...rows] = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Meta'], { header: 1 });
  const changed = change(rows);
  workbook.Sheets['Meta'] = XLSX.utils.aoa_to_sheet([header, ...changed]);
  const about = workbook.Sheets['_about'];
  const keys = XLSX.utils.sheet_to_json<unknown[]>(about, { header: 1 }).map((row) => row[0]);
  about[XLSX.utils.encode_cell({ r: keys.indexOf('records.meta'), c: 1 })] = { t: 'n', v: changed.length };
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }));
}

describe('the settings of a restored backup', () => {
  it('are the data’s settings only: a backup leaves out the analyst’s name and the screen shown last', async () => {
    const { meta } = await readStoreContents(saved);
    expect(meta.map((entry) => entry.key)).toEqual(['default-dataset', 'import-mapping-presets', 'saved-views:deals']);
  });

  it('leave out a setting the file damaged, with a warning for the preview, and store the others', async () => {
    const bytes = await backupWithSettingsEdited((rows) => [
      ...rows.map(([key, value]) =>
        key === 'saved-views:deals'
          ? [key, JSON.stringify([{ ...telecom, filter: { ...telecom.filter, showDeleted: 'yes' } }])]
          : [key, value],
      ),
      ['analyst-name', '"Someone else"'],
    ]);
    const opened = await readBackupFile('data.xlsx', bytes);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.backup.warnings).toEqual([
      expect.stringMatching(
        /^Sheet Meta, row 4: the setting “saved-views:deals” is left out: its value is not valid for the saved views of a table \(0\.filter\.showDeleted: .+\)\.$/,
      ),
      'Sheet Meta, row 5: the setting “analyst-name” is left out: the analyst’s name is kept on each computer, not restored from a backup.',
    ]);

    const target = await openStore();
    await written(writeSetting(target, 'analyst-name', 'Aziz'));
    await written(writeSetting(target, 'last-screen', 'deals'));
    await written(writeSetting(target, 'saved-views:events', [{ ...telecom, name: 'Mine' }]));
    expect(await restoreBackup(target, opened.backup.contents, restoreNote)).toEqual({ ok: true, value: restoreNote });

    expect(await target.meta.toArray()).toEqual([
      { key: 'analyst-name', value: 'Aziz' },
      { key: 'default-dataset', value: expect.objectContaining({ datasetVersion: expect.any(String) }) },
      { key: 'import-mapping-presets', value: [preset] },
      { key: 'last-restore', value: restoreNote },
      { key: 'last-screen', value: 'deals' },
    ]);
    expect(await readSetting(target, 'saved-views:deals')).toBeUndefined();
  });

  it('come back whole when nothing in them was damaged, with no warning', async () => {
    const opened = await readBackupFile('data.xlsx', await buildStoreBackup(saved, 'Nigora'));
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.backup.warnings).toEqual([]);
    const target = await openStore();
    await written(restoreBackup(target, opened.backup.contents, restoreNote));
    expect(await readSetting(target, 'saved-views:deals')).toEqual([telecom]);
    expect(await readSetting(target, 'import-mapping-presets')).toEqual([preset]);
    expect(await readSetting(target, 'analyst-name')).toBeUndefined();
  });
});
