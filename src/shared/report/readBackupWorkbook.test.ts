import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import datasetJson from '../../../resources/default-dataset.json';
import { datasetSchema } from '../model/dataset';
import type { BackupDataset } from './backupFormat';
import { buildBackupWorkbook } from './backupWorkbook';
import { readBackupWorkbook } from './readBackupWorkbook';

const {
  formatVersion: _formatVersion,
  datasetVersion: _datasetVersion,
  title: _title,
  ...records
} = datasetSchema.parse(datasetJson);
const savedView = { name: 'Telecom', filter: { text: '', sector: 'telecommunications', showDeleted: false } };
const store: BackupDataset = {
  ...records,
  history: [],
  meta: [
    { key: 'default-dataset', value: { datasetVersion: '2026-11-25.1', loadedAt: '2026-11-25T09:00:00.000Z' } },
    { key: 'saved-views:deals', value: [{ ...savedView, view: { sorting: [], columnSizing: {}, columnVisibility: {} } }] },
  ],
};
const backup = buildBackupWorkbook(store, {
  generatedAt: new Date('2026-11-25T10:00:00Z'),
  appVersion: '0.1.0',
  savedBy: 'Nigora',
});

/** The backup after an analyst (or a damaged disk) changed it in a spreadsheet program. */
function edited(change: (workbook: XLSX.WorkBook) => void): Uint8Array {
  const workbook = XLSX.read(backup, { type: 'array' });
  change(workbook);
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }));
}

/** The address of the cell under a header, on a row as the spreadsheet numbers it. */
function cellAt(sheet: XLSX.WorkSheet, header: string, row: number): string {
  const headers = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0];
  expect(headers).toContain(header);
  return XLSX.utils.encode_cell({ r: row - 1, c: headers.indexOf(header) });
}

function refusal(bytes: Uint8Array): string {
  const result = readBackupWorkbook(bytes);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('reading a backup', () => {
  it('refuses a cell edited into invalid JSON, naming sheet, row and column', () => {
    const bytes = edited((workbook) => {
      const deals = workbook.Sheets['Deals'];
      deals[cellAt(deals, 'money', 9)] = { t: 's', v: '{"amount": 700000000, "currency": "USD"' };
    });
    expect(refusal(bytes)).toMatch(/^Sheet Deals, row 9, column money: expected JSON text \(.+\)\.$/m);
  });

  it('refuses values that do not fit the schema, with the field inside the column', () => {
    const bytes = edited((workbook) => {
      const deals = workbook.Sheets['Deals'];
      deals[cellAt(deals, 'money', 9)] = { t: 's', v: '{"amount":-5,"currency":"USD","qualifier":"exact","usd":null}' };
      deals[cellAt(deals, 'kind', 3)] = { t: 's', v: 'handshake' };
      const observations = workbook.Sheets['Observations'];
      observations[cellAt(observations, 'value', 2)] = { t: 's', v: '13 companies' };
    });
    const message = refusal(bytes);
    expect(message).toMatch(/^The backup cannot be restored \(3 problems\):$/m);
    expect(message).toMatch(/^Sheet Deals, row 9, column money: amount: .+\.$/m);
    expect(message).toMatch(/^Sheet Deals, row 3, column kind: .+\.$/m);
    expect(message).toMatch(/^Sheet Observations, row 2, column value: .*expected number.*\.$/m);
  });

  it('refuses a sheet with a required column missing', () => {
    const bytes = edited((workbook) => {
      const deals = workbook.Sheets['Deals'];
      delete deals[cellAt(deals, 'title', 1)];
    });
    expect(refusal(bytes)).toContain('Sheet Deals, row 1, column title: the column is missing.');
  });

  it('refuses another backup format version, and files that are no backup at all', () => {
    const newer = edited((workbook) => {
      workbook.Sheets['_about']['B3'] = { t: 'n', v: 3 };
    });
    expect(refusal(newer)).toContain(
      'Sheet _about, row 3, column value: this is backup format version 3; this version of Silk Ledger restores versions 1 and 2.',
    );
    const report = edited((workbook) => {
      delete workbook.Sheets['_about'];
      workbook.SheetNames = workbook.SheetNames.filter((name) => name !== '_about');
    });
    expect(refusal(report)).toContain('it has no sheet _about');
    expect(refusal(new TextEncoder().encode('id,title\n1,Not a workbook'))).toContain('not a Silk Ledger backup');
  });

  it('refuses a backup whose rows were lost or copied', () => {
    const lost = edited((workbook) => {
      const sheet = workbook.Sheets['Organizations'];
      const range = XLSX.utils.decode_range(sheet['!ref']!);
      for (let c = range.s.c; c <= range.e.c; c++) delete sheet[XLSX.utils.encode_cell({ r: range.e.r, c })];
    });
    expect(refusal(lost)).toContain(`Sheet Organizations has ${store.organizations.length - 1} records, but _about (row `);
    const copied = edited((workbook) => {
      const sheet = workbook.Sheets['Meta'];
      XLSX.utils.sheet_add_aoa(sheet, [['default-dataset', '"copied"']], { origin: -1 });
      workbook.Sheets['_about'][cellAt(workbook.Sheets['_about'], 'value', 15)] = { t: 'n', v: 3 };
    });
    expect(refusal(copied)).toContain('Sheet Meta, row 4, column key: default-dataset is already used on row 2.');
  });
});

/** Replaces the Meta sheet's rows after the header, and the count _about declares for it. */
function withSettingRows(rows: Array<[string, string]>): Uint8Array {
  return edited((workbook) => {
    const meta = workbook.Sheets['Meta'];
    const header = XLSX.utils.sheet_to_json<string[]>(meta, { header: 1 })[0];
    workbook.Sheets['Meta'] = XLSX.utils.aoa_to_sheet([header, ...rows]);
    const about = workbook.Sheets['_about'];
    const keys = XLSX.utils.sheet_to_json<unknown[]>(about, { header: 1 }).map((row) => row[0]);
    about[cellAt(about, 'value', keys.indexOf('records.meta') + 1)] = { t: 'n', v: rows.length };
  });
}

describe('reading the settings of a backup', () => {
  const view = { sorting: [], columnSizing: {}, columnVisibility: {} };

  it('keeps every valid setting, with no warning', () => {
    const result = readBackupWorkbook(backup);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.dataset.meta).toStrictEqual(store.meta);
  });

  it('leaves out a setting its schema refuses, one it does not know and one kept per computer, saying which and why', () => {
    const bytes = withSettingRows([
      ['default-dataset', JSON.stringify(store.meta[0].value)],
      ['saved-views:deals', JSON.stringify([{ ...savedView, filter: { ...savedView.filter, showDeleted: 'yes' }, view }])],
      ['colour-theme', '"dark"'],
      ['analyst-name', '"Someone else"'],
      ['saved-views:nowhere', '[]'],
    ]);
    const result = readBackupWorkbook(bytes);
    if (!result.ok) throw new Error(result.message);
    // The records are restored whole; only the settings are left out.
    expect(result.dataset.deals).toStrictEqual(store.deals);
    expect(result.dataset.meta).toStrictEqual([store.meta[0]]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^Sheet Meta, row 3: the setting “saved-views:deals” is left out: its value is not valid for the saved views of a table \(0\.filter\.showDeleted: .*expected boolean.*\)\.$/,
      ),
      'Sheet Meta, row 4: the setting “colour-theme” is left out: Silk Ledger has no such setting.',
      'Sheet Meta, row 5: the setting “analyst-name” is left out: the analyst’s name is kept on each computer, not restored from a backup.',
      'Sheet Meta, row 6: the setting “saved-views:nowhere” is left out: Silk Ledger has no such setting.',
    ]);
  });

  it('still refuses the whole backup when a settings row cannot be read at all', () => {
    const bytes = withSettingRows([['saved-views:deals', '[{"name": "Telecom"']]);
    expect(refusal(bytes)).toMatch(/^Sheet Meta, row 2, column value: expected JSON text \(.+\)\.$/m);
  });
});

describe('external ids in a backup', () => {
  it('come back as they were saved', () => {
    const withIds: BackupDataset = {
      ...store,
      deals: store.deals.map((deal, index) =>
        index === 0 ? { ...deal, externalIds: [{ scheme: 'AidData GCDF 3.0', value: '96082' }] } : deal,
      ),
      organizations: store.organizations.map((organization, index) =>
        index === 0
          ? {
              ...organization,
              externalIds: [
                { scheme: 'Register No.', value: '00017' },
                { scheme: 'INN', value: '201234567' },
              ],
            }
          : organization,
      ),
    };
    const result = readBackupWorkbook(
      buildBackupWorkbook(withIds, { generatedAt: new Date('2026-12-08T10:00:00Z'), appVersion: '0.1.0', savedBy: '' }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.deals).toStrictEqual(withIds.deals);
    expect(result.dataset.organizations).toStrictEqual(withIds.organizations);
  });

  it('are empty for every deal and organization of a backup written before they were kept', () => {
    const bytes = edited((workbook) => {
      for (const sheetName of ['Deals', 'Organizations']) {
        const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheetName], { header: 1, defval: null });
        const dropped = rows[0].indexOf('externalIds');
        expect(dropped).toBeGreaterThanOrEqual(0);
        workbook.Sheets[sheetName] = XLSX.utils.aoa_to_sheet(rows.map((row) => row.filter((_, index) => index !== dropped)));
      }
    });
    const result = readBackupWorkbook(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.deals).toStrictEqual(store.deals.map((deal) => ({ ...deal, externalIds: [] })));
    expect(result.dataset.organizations).toStrictEqual(
      store.organizations.map((organization) => ({ ...organization, externalIds: [] })),
    );
  });

  it('still refuse a backup whose other columns are missing', () => {
    const bytes = edited((workbook) => {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Deals'], { header: 1, defval: null });
      const dropped = rows[0].indexOf('outputs');
      workbook.Sheets['Deals'] = XLSX.utils.aoa_to_sheet(rows.map((row) => row.filter((_, index) => index !== dropped)));
    });
    expect(refusal(bytes)).toContain('Sheet Deals, row 1, column outputs: the column is missing.');
  });
});
