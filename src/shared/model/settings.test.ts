import { describe, expect, it } from 'vitest';
import { importRecordKinds } from '../import/fieldSynonyms';
import { headerSignature } from '../import/headerSignature';
import {
  checkSetting,
  computerSettingKeys,
  importBatchKey,
  mappingPresetKinds,
  savedViewsKey,
  type SettingKey,
  type SettingValues,
} from './settings';

const view = { sorting: [{ id: 'date', desc: false }], columnSizing: { title: 320 }, columnVisibility: { place: false } };

/** A value of each setting as the app writes it, from the code paths that write them. */
const written: {
  [K in 'analyst-name' | 'last-screen' | 'last-restore' | 'default-dataset' | 'import-mapping-presets']: SettingValues[K];
} & {
  views: SettingValues['saved-views:deals'];
  batch: SettingValues['import-batch:x'];
} = {
  'analyst-name': 'Nigora Karimova',
  'last-screen': 'organizations',
  // An older backup says nothing of when or by whom it was made.
  'last-restore': {
    fileName: 'data.xlsx',
    restoredAt: '2026-11-26T08:00:00.000Z',
    restoredBy: 'Analyst',
    backupMadeAt: '',
    backupMadeBy: '',
  },
  'default-dataset': { datasetVersion: '2026-11-25.1', loadedAt: '2026-11-25T09:00:00.000Z' },
  'import-mapping-presets': [
    { name: 'Ministry agreements', signature: headerSignature(['Title', 'Date']), kind: 'deals', fields: ['title', null] },
  ],
  views: [
    // The filter bar clears a facet by setting it to undefined, and the store keeps the key.
    {
      name: 'Telecom since 2015',
      filter: { text: 'fibre', sector: 'telecommunications', yearFrom: 2015, kind: undefined, showDeleted: false },
      view,
    },
    {
      name: 'Everything',
      filter: { text: '', showDeleted: true },
      view: { sorting: [], columnSizing: {}, columnVisibility: {} },
    },
  ],
  batch: {
    batchId: '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3',
    fileName: 'ministry.xlsx',
    sheetName: 'Agreements',
    at: '2025-06-01T12:00:00.000Z',
    actor: 'A. Analyst',
    counts: { added: 3, updated: 1, unchanged: 0, rejected: 2, skipped: 0 },
  },
};

const accepted = (key: string, value: unknown) => checkSetting(key, value).ok;

describe('the settings registry', () => {
  it('accepts every setting as the app writes it, and gives it back unchanged', () => {
    const cases: Array<[SettingKey, unknown]> = [
      ['analyst-name', written['analyst-name']],
      ['analyst-name-skipped', true],
      ['last-screen', written['last-screen']],
      ['last-restore', written['last-restore']],
      ['default-dataset', written['default-dataset']],
      ['import-mapping-presets', written['import-mapping-presets']],
      [savedViewsKey('deals'), written.views],
      [savedViewsKey('annotations'), []],
      [importBatchKey(written.batch.batchId), written.batch],
    ];
    for (const [key, value] of cases) expect(checkSetting(key, value), key).toEqual(expect.objectContaining({ ok: true, value }));
  });

  it('trims the analyst’s name', () => {
    expect(checkSetting('analyst-name', '  Aziz Rakhimov ')).toMatchObject({ ok: true, value: 'Aziz Rakhimov' });
  });

  it('refuses values that do not have the setting’s form, saying where', () => {
    const [telecom] = written.views;
    const garbage: Array<[string, unknown]> = [
      ['analyst-name', '   '],
      ['analyst-name', 42],
      ['analyst-name', 'x'.repeat(201)],
      ['last-screen', ''],
      ['last-screen', { screen: 'deals' }],
      ['last-restore', { ...written['last-restore'], restoredAt: 'yesterday' }],
      ['last-restore', { ...written['last-restore'], extra: true }],
      ['default-dataset', { datasetVersion: '', loadedAt: '2026-11-25T09:00:00.000Z' }],
      ['default-dataset', null],
      ['import-mapping-presets', [{ ...written['import-mapping-presets'][0], kind: 'indicators' }]],
      ['import-mapping-presets', [{ ...written['import-mapping-presets'][0], fields: [''] }]],
      ['import-mapping-presets', [written['import-mapping-presets'][0], written['import-mapping-presets'][0]]],
      ['saved-views:deals', [{ ...telecom, name: ' ' }]],
      ['saved-views:deals', [{ ...telecom, filter: { ...telecom.filter, showDeleted: 'yes' } }]],
      ['saved-views:deals', [{ ...telecom, filter: { ...telecom.filter, yearFrom: Number.NaN } }]],
      ['saved-views:deals', [{ ...telecom, filter: { ...telecom.filter, without: 'amount' } }]],
      ['saved-views:deals', [{ ...telecom, view: { ...view, columnSizing: { title: -5 } } }]],
      ['saved-views:deals', [{ name: 'Telecom', filters: { sector: 'telecommunications' } }]],
      ['saved-views:deals', [telecom, telecom]],
      ['saved-views:deals', { name: 'Telecom' }],
      ['import-batch:x', { ...written.batch, counts: { ...written.batch.counts, added: -1 } }],
      ['import-batch:x', { ...written.batch, at: 1_700_000_000_000 }],
    ];
    for (const [key, value] of garbage) {
      const checked = checkSetting(key, value);
      expect(checked.ok, `${key}: ${JSON.stringify(value)}`).toBe(false);
      expect(!checked.ok && checked.reason).toMatch(/^its value is not valid for .+ \(.+: .+\)$/);
    }
    const duplicated = checkSetting('saved-views:deals', [telecom, telecom]);
    expect(!duplicated.ok && duplicated.issues).toEqual([
      { field: '1.name', message: 'the name “Telecom since 2015” is used twice' },
    ]);
  });

  it('refuses keys it has no schema for, those of Object.prototype included', () => {
    for (const key of [
      'colour-theme',
      'saved-views',
      'saved-views:',
      'saved-views:nowhere',
      'import-batch:',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty:x',
    ]) {
      expect(checkSetting(key, []), key).toMatchObject({ ok: false, reason: 'Silk Ledger has no such setting' });
    }
  });

  it('keeps the analyst’s name and the screen shown last on the computer, and everything else with the data', () => {
    expect([...computerSettingKeys].sort()).toEqual(['analyst-name', 'analyst-name-skipped', 'detail-pane-width', 'last-screen']);
    expect(checkSetting('analyst-name', 'Nigora')).toMatchObject({ scope: 'computer' });
    expect(checkSetting('detail-pane-width', 360)).toMatchObject({ ok: true, scope: 'computer' });
    expect(checkSetting('detail-pane-width', 12.5)).toMatchObject({ ok: false });
    expect(checkSetting(savedViewsKey('deals'), [])).toMatchObject({ scope: 'data' });
    expect(checkSetting(importBatchKey('b'), written.batch)).toMatchObject({ scope: 'data' });
  });

  it('knows the same record kinds for mappings as the import does', () => {
    expect([...mappingPresetKinds].sort()).toEqual([...importRecordKinds].sort());
    for (const kind of importRecordKinds)
      expect(accepted('import-mapping-presets', [{ ...written['import-mapping-presets'][0], kind }])).toBe(true);
  });
});
