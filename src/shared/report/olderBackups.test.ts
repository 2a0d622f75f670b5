import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BackupDataset } from './backupFormat';
import { readBackupWorkbook } from './readBackupWorkbook';

/**
 * The fixtures hold one generated store (backup-store.json, from randomStore(20261208) with a few records
 * per table): backup-format-1.xlsx as the format 1 writer saved it, and both formats as LibreOffice Calc
 * 7.4 saved them again (soffice --headless --convert-to xlsx), so these tests run where LibreOffice is not.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const store = JSON.parse(readFileSync(new URL('./fixtures/backup-store.json', import.meta.url), 'utf8')) as BackupDataset;

function restored(name: string) {
  const result = readBackupWorkbook(fixture(name));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('data workbooks written earlier or re-saved by LibreOffice', () => {
  it('restores format 1 exactly', () => {
    expect(restored('backup-format-1.xlsx').dataset).toStrictEqual(store);
  });

  it('restores format 2 re-saved by LibreOffice exactly, with no readable cell taken for an edit', () => {
    expect(restored('backup-format-2-libreoffice.xlsx')).toMatchObject({ dataset: store, changedCells: [] });
    expect(restored('backup-format-2-libreoffice.xlsx').dataset).toStrictEqual(store);
  });

  it('restores format 1 re-saved by LibreOffice, its =FALSE() formulas read as the values they show', () => {
    const { dataset } = restored('backup-format-1-libreoffice.xlsx');
    expect(dataset.annotations).toStrictEqual(store.annotations);
    // Format 1 kept numbers in number cells, of which LibreOffice keeps 15 significant digits: why format 2 writes their digits as text.
    expect(dataset.observations.map((observation) => observation.value)).toEqual(
      store.observations.map((observation) => Number(observation.value.toPrecision(15))),
    );
  });
});
