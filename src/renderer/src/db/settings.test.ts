import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SavedView } from '@shared/model/savedView';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import {
  clearDataSettings,
  putSetting,
  putSettingEntries,
  readDataSettings,
  readSetting,
  updateSetting,
  writeSetting,
} from './settings';
import { followAnalystName, unnamedAnalyst } from './analystName';

const openScratchStore = scratchStores('settings');
let db: SilkLedgerDatabase;

beforeEach(async () => {
  db = await openScratchStore();
});

const telecom: SavedView = {
  name: 'Telecom',
  filter: { text: '', sector: 'telecommunications', showDeleted: false },
  view: { sorting: [], columnSizing: {}, columnVisibility: {} },
};

/** A value the types forbid, as a bug or a hand-edited store would produce it at run time. */
const unchecked = <T>(value: unknown) => value as T;

describe('writing a setting', () => {
  it('stores a value that fits its schema, as the schema gives it back', async () => {
    expect(await writeSetting(db, 'analyst-name', '  Nigora ')).toEqual({ ok: true, value: 'Nigora' });
    expect(await db.meta.get('analyst-name')).toEqual({ key: 'analyst-name', value: 'Nigora' });
  });

  it('refuses a value its schema refuses, saying what is wrong, and writes nothing', async () => {
    await writeSetting(db, 'saved-views:deals', [telecom]);
    const before = await db.meta.toArray();
    const broken = { ...telecom, filter: { ...telecom.filter, showDeleted: 'yes' } };
    const result = await writeSetting(db, 'saved-views:deals', unchecked<SavedView[]>([broken]));
    expect(result).toEqual({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^Could not save the saved views of a table: 0\.filter\.showDeleted: .*expected boolean.*\.$/,
        ),
        issues: [{ field: '0.filter.showDeleted', message: expect.stringContaining('expected boolean') }],
      },
    });
    expect(await writeSetting(db, 'analyst-name', '   ')).toMatchObject({
      ok: false,
      error: { message: 'Could not save the analyst’s name: (value): expected a name.' },
    });
    expect(await db.meta.toArray()).toEqual(before);
  });

  it('refuses a key no schema covers', async () => {
    const result = await writeSetting(db, unchecked<'last-screen'>('colour-theme'), 'dark');
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Could not save the setting “colour-theme”: (key): Silk Ledger has no such setting.' },
    });
    expect(await db.meta.count()).toBe(0);
  });

  it('rolls back the whole of the caller’s transaction when one value is refused', async () => {
    const writing = db.transaction('rw', db.meta, async () => {
      await putSetting(db, 'last-screen', 'deals');
      await putSetting(db, 'default-dataset', unchecked({ datasetVersion: '', loadedAt: 'today' }));
    });
    await expect(writing).rejects.toThrow(
      /^Could not save the default dataset’s marker: datasetVersion: .+; loadedAt: expected an ISO date-time\.$/,
    );
    const entries = [
      { key: 'last-screen', value: 'deals' },
      { key: 'import-mapping-presets', value: [{ name: 'No kind' }] },
    ];
    await expect(db.transaction('rw', db.meta, () => putSettingEntries(db, entries))).rejects.toThrow(
      /^Could not save the saved column mappings/,
    );
    expect(await db.meta.count()).toBe(0);
  });
});

describe('reading a setting', () => {
  it('gives a stored value that fits its schema, and nothing for one never set', async () => {
    await writeSetting(db, 'saved-views:deals', [telecom]);
    expect(await readSetting(db, 'saved-views:deals')).toEqual([telecom]);
    expect(await readSetting(db, 'saved-views:events')).toBeUndefined();
  });

  it('reads a stored value its schema refuses as absent', async () => {
    // Written past the settings module, as a damaged store or an edit by hand would hold them.
    await db.meta.bulkPut([
      { key: 'saved-views:deals', value: [{ name: 'Telecom', filters: { sector: 'telecommunications' } }] },
      { key: 'analyst-name', value: 7 },
      { key: 'last-screen', value: '' },
    ]);
    expect(await readSetting(db, 'saved-views:deals')).toBeUndefined();
    expect(await readSetting(db, 'analyst-name')).toBeUndefined();
    expect(await readSetting(db, 'last-screen')).toBeUndefined();
  });

  it('changes a setting from what it holds, and treats a value its schema refuses as absent', async () => {
    await db.meta.put({ key: 'saved-views:deals', value: 'not a list' });
    const added = await updateSetting(db, 'saved-views:deals', (views = []) => [...views, telecom]);
    expect(added).toEqual({ ok: true, value: [telecom] });
    const refused = await updateSetting(db, 'saved-views:deals', (views = []) => [...views, telecom]);
    expect(refused).toMatchObject({
      ok: false,
      error: { issues: [{ field: '1.name', message: 'the name “Telecom” is used twice' }] },
    });
    expect(await readSetting(db, 'saved-views:deals')).toEqual([telecom]);
  });
});

describe('settings and backups', () => {
  it('leaves the settings of this computer out of what a backup saves, and in place when a restore clears the rest', async () => {
    await writeSetting(db, 'analyst-name', 'Nigora');
    await writeSetting(db, 'last-screen', 'events');
    await writeSetting(db, 'saved-views:deals', [telecom]);
    await db.meta.put({ key: 'colour-theme', value: 'dark' });
    // A value a restore would refuse is still saved, so that opening the backup says so.
    expect(await readDataSettings(db)).toEqual([
      { key: 'colour-theme', value: 'dark' },
      { key: 'saved-views:deals', value: [telecom] },
    ]);
    await db.transaction('rw', db.meta, () => clearDataSettings(db));
    expect(await db.meta.toArray()).toEqual([
      { key: 'analyst-name', value: 'Nigora' },
      { key: 'last-screen', value: 'events' },
    ]);
  });
});

describe('the analyst’s name', () => {
  it('follows the setting, and is the placeholder while none is set or the stored one is refused', async () => {
    const name = await followAnalystName(db);
    try {
      expect(name.current()).toBe(unnamedAnalyst);
      await writeSetting(db, 'analyst-name', 'Aziz Rakhimov');
      await expect.poll(name.current).toBe('Aziz Rakhimov');
      await db.meta.put({ key: 'analyst-name', value: '' });
      await expect.poll(name.current).toBe(unnamedAnalyst);
    } finally {
      name.stop();
    }
  });

  it('is read before the store is handed over, so the first change is signed with it', async () => {
    await writeSetting(db, 'analyst-name', 'Nigora');
    const name = await followAnalystName(db);
    expect(name.current()).toBe('Nigora');
    name.stop();
  });
});
