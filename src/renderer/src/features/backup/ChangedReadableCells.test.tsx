// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildBackupWorkbook } from '@shared/report/backupWorkbook';
import { defaultStore } from '@shared/report/defaultStore.testHelpers';
import { readBackupFile } from '../../db/storeBackupFile';
import { ChangedReadableCells } from './ChangedReadableCells';

// Tells React that these tests wait for its work with act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The data workbook after a colleague retyped a deal's title in its readable column. */
function workbookWithRetypedTitle(): Uint8Array {
  const workbook = XLSX.read(buildBackupWorkbook(defaultStore, { generatedAt: new Date(), appVersion: '0.1.0', savedBy: '' }), {
    type: 'array',
  });
  workbook.Sheets['Deals']['A2'] = { t: 's', v: 'A title typed in Calc' };
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }));
}

describe('the restore preview of an edited data workbook', () => {
  it('tells the analyst which cell was edited and that the edit will not be restored', async () => {
    const opened = await readBackupFile('shared.xlsx', workbookWithRetypedTitle());
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.backup.contents.deals).toStrictEqual(defaultStore.deals);
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() => root.render(<ChangedReadableCells changes={opened.backup.changedCells} />));
    expect(container.querySelector('h3')?.textContent).toBe('Edits that will not be restored');
    expect(container.textContent).toContain('One cell was changed in a spreadsheet program.');
    expect(container.querySelector('li')?.textContent).toMatch(
      /^Sheet Deals, row 2, column Title: shows “A title typed in Calc”, but the record holds “.+”; the record is restored as stored\.$/,
    );
    act(() => root.unmount());
  });
});
