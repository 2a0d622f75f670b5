import { describe, expect, it } from 'vitest';
import { libreOfficePresent, resaveWithLibreOffice } from '../testing/libreOffice.testHelpers';
import type { BackupDataset } from './backupFormat';
import { buildBackupWorkbook } from './backupWorkbook';
import { defaultStore } from './defaultStore.testHelpers';
import { randomStore } from './randomStore.testHelpers';
import { readBackupWorkbook } from './readBackupWorkbook';
import { unzipText } from './xlsxPackage.testHelpers';

const options = { generatedAt: new Date('2026-12-08T10:00:00.000Z'), appVersion: '0.1.0', savedBy: 'Nigora Karimova' };

/** A colleague opened the data workbook in LibreOffice Calc and saved it as xlsx again. */
function resavedByColleague(store: BackupDataset): Uint8Array {
  return resaveWithLibreOffice(buildBackupWorkbook(store, options), 'silk-ledger-data.xlsx', 'xlsx');
}

function restoredWithoutChanges(bytes: Uint8Array): BackupDataset {
  const result = readBackupWorkbook(bytes);
  if (!result.ok) throw new Error(result.message);
  // Nothing the colleague's program did reads as an edit of a readable cell.
  expect(result.changedCells).toEqual([]);
  return result.dataset;
}

const worksheets = (bytes: Uint8Array) =>
  Array.from({ length: 10 }, (_, index) => unzipText(bytes, `xl/worksheets/sheet${index + 1}.xml`));

describe.runIf(libreOfficePresent())('a data workbook re-saved by LibreOffice', () => {
  it('restores the default dataset exactly, with its yes/no cells still values', { timeout: 180_000 }, () => {
    const bytes = resavedByColleague(defaultStore);
    expect(restoredWithoutChanges(bytes)).toStrictEqual(defaultStore);
    for (const xml of worksheets(bytes)) expect(xml).not.toContain('<f');
    expect(worksheets(bytes).join('')).toMatch(/<c r="[A-Z]+\d+" s="\d+" t="b"><v>[01]<\/v><\/c>/);
  });

  it(
    'restores 1,000 generated records exactly: full-precision numbers, control characters, awkward text',
    { timeout: 180_000 },
    () => {
      const store = randomStore(20261208, {
        sources: 40,
        organizations: 150,
        deals: 250,
        indicators: 10,
        observations: 150,
        events: 40,
        annotations: 160,
        history: 200,
      });
      expect(restoredWithoutChanges(resavedByColleague(store))).toStrictEqual(store);
    },
  );
});
