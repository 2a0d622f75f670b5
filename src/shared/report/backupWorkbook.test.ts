import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { aboutSheetName, backupSheetNames, backupTables, type BackupDataset } from './backupFormat';
import { buildBackupWorkbook } from './backupWorkbook';
import { defaultStore } from './defaultStore.testHelpers';
import { randomStore } from './randomStore.testHelpers';
import { readBackupWorkbook } from './readBackupWorkbook';
import { cellTextLimit } from './tableCells';
import { unzipText } from './xlsxPackage.testHelpers';

const options = { generatedAt: new Date('2026-11-25T10:00:00.000Z'), appVersion: '0.1.0', savedBy: 'Nigora Karimova' };

function restored(bytes: Uint8Array): BackupDataset {
  const result = readBackupWorkbook(bytes);
  if (!result.ok) throw new Error(result.message);
  return result.dataset;
}

describe('backup workbook', () => {
  it('gives back the default dataset exactly, history and settings included', () => {
    const bytes = buildBackupWorkbook(defaultStore, options);
    expect(restored(bytes)).toStrictEqual(defaultStore);
    expect(readBackupWorkbook(bytes)).toMatchObject({
      ok: true,
      about: { generatedAt: options.generatedAt.toISOString(), appVersion: '0.1.0', savedBy: 'Nigora Karimova' },
    });
  });

  it('describes itself on an _about sheet and lays records out for people to read', () => {
    const bytes = buildBackupWorkbook(defaultStore, options);
    const workbook = XLSX.read(bytes, { type: 'array' });
    expect(workbook.SheetNames).toEqual([aboutSheetName, ...backupTables.map((table) => backupSheetNames[table])]);
    const about = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[aboutSheetName], { header: 1 });
    expect(about.slice(0, 6).map((row) => row.slice(0, 2))).toEqual([
      ['key', 'value'],
      ['format', 'silk-ledger-backup'],
      ['formatVersion', 2],
      ['generatedAt', '2026-11-25T10:00:00.000Z'],
      ['appVersion', '0.1.0'],
      ['savedBy', 'Nigora Karimova'],
    ]);
    expect(about).toContainEqual(['records.deals', defaultStore.deals.length, expect.any(String)]);
    expect(unzipText(bytes, 'xl/worksheets/sheet3.xml')).toContain('state="frozen"');
  });

  it('keeps awkward text exactly: OOXML escapes, CRLF, leading quotes, formulas, JSON look-alikes', () => {
    const awkward = [
      '"quoted"',
      '_x0041_',
      '_X00e9_ too',
      'a\r\nb',
      'a\rb',
      '=1+1',
      '@x',
      '\t',
      'null',
      '[1]',
      '{}',
      '\uFFFE',
      '\uD800 lone',
      'pair 😀',
    ];
    const store: BackupDataset = {
      ...defaultStore,
      deals: awkward.map((text, index) => ({
        ...defaultStore.deals[0],
        id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        title: `«${text}»`,
        place: text,
        description: text,
      })),
      // Settings' keys and values take awkward text too: an import's key holds its batch id.
      meta: awkward.map((text) => ({
        key: `import-batch:${text}`,
        value: {
          batchId: text,
          fileName: text,
          sheetName: text,
          at: '2026-11-25T10:00:00.000Z',
          actor: text,
          counts: { added: 1, updated: 0, unchanged: 0, rejected: 0, skipped: 0 },
        },
      })),
    };
    expect(restored(buildBackupWorkbook(store, options))).toStrictEqual(store);
  });

  it('splits text longer than a cell holds over continuation columns', () => {
    const longNote = Array.from({ length: 100_000 / 4 }, (_, index) => (index % 7 === 0 ? '😀中文' : 'abcd'))
      .join('')
      .slice(0, 100_000);
    const store: BackupDataset = {
      ...defaultStore,
      annotations: [{ ...defaultStore.annotations[0], note: longNote }, ...defaultStore.annotations.slice(1)],
      sources: [{ ...defaultStore.sources[0], content: `"${longNote}` }],
    };
    const bytes = buildBackupWorkbook(store, options);
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['Annotations'];
    const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0];
    expect(header.filter((name) => name.startsWith('note'))).toEqual(['note', 'note (2)', 'note (3)', 'note (4)']);
    for (const [address, cell] of Object.entries(sheet)) {
      if (!address.startsWith('!') && typeof cell.v === 'string') expect(cell.v.length).toBeLessThanOrEqual(cellTextLimit);
    }
    expect(restored(bytes)).toStrictEqual(store);
  });

  it('gives back a generated store of 10,000 records exactly', { timeout: 120_000 }, () => {
    const store = randomStore(20261125, {
      sources: 300,
      organizations: 1500,
      deals: 2500,
      indicators: 100,
      observations: 1500,
      events: 400,
      annotations: 1700,
      history: 2000,
    });
    const records = backupTables.filter((table) => table !== 'meta').reduce((sum, table) => sum + store[table].length, 0);
    expect(records).toBe(10_000);
    const written = performance.now();
    const bytes = buildBackupWorkbook(store, options);
    const read = performance.now();
    const back = restored(bytes);
    const done = performance.now();
    console.info(
      `10,000 records: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, written in ${Math.round(read - written)} ms, read in ${Math.round(done - read)} ms`,
    );
    expect(back).toStrictEqual(store);
  });
});
