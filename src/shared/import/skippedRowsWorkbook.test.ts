import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildImportPlan } from './buildImportPlan';
import { dealsPlanInput, dealsStore } from './importPlan.testHelpers';
import { buildSkippedRowsWorkbook } from './skippedRowsWorkbook';

describe('buildSkippedRowsWorkbook', () => {
  const input = dealsPlanInput(dealsStore().existing, { excludedRows: [10] });
  const plan = buildImportPlan(input);
  const bytes = buildSkippedRowsWorkbook(input.headers, input.rows, plan);
  const sheet = XLSX.read(bytes, { type: 'array' }).Sheets.Deals;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });

  it('holds the refused and left-out rows with their errors and Excel row numbers', () => {
    expect(rows[0]).toEqual([...input.headers, 'Error', 'Excel row']);
    expect(rows.slice(1).map((row) => row[row.length - 1])).toEqual([5, 6, 7, 10]);
    expect(rows[1][3]).toBe('31/02/2024');
    expect(rows[1][9]).toContain('column D (Signed): “31/02/2024” is not a date');
    expect(rows[4][9]).toBe('Left out in the import preview.');
    expect(rows[4][6]).toBe(150_000_000);
  });

  it('keeps text that looks like a formula as text', () => {
    expect(sheet.I4).toMatchObject({ t: 's', v: '=HYPERLINK("http://example.org")' });
    expect(sheet.I4.f).toBeUndefined();
  });

  it('says why a row the analyst left out was rejected', () => {
    const leftOut = dealsPlanInput(dealsStore().existing, { excludedRows: [5] });
    const leftOutRows = XLSX.utils.sheet_to_json<unknown[]>(
      XLSX.read(buildSkippedRowsWorkbook(leftOut.headers, leftOut.rows, buildImportPlan(leftOut)), { type: 'array' }).Sheets
        .Deals,
      { header: 1 },
    );
    const row5 = leftOutRows.find((row) => row[row.length - 1] === 5)!;
    expect(row5[9]).toMatch(/^Left out in the import preview\.\ncolumn D \(Signed\): “31\/02\/2024” is not a date/);
  });
});
