import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { buildImportPlan } from './buildImportPlan';
import { dealHeaders, dealRows, dealsPlanInput, dealsStore, mappingOf, planTime, sequentialIds } from './importPlan.testHelpers';
import { ImportSession, outlineRowCount, outlineWorkbook, type PlanRequest } from './importSession';
import { decisionRowsShown, firstRowsShown } from './planPreview';
import { readWorkbook } from './readWorkbook';
import { writeWorkbook } from './testWorkbooks';
import type { CellValue } from './workbookTypes';

const { existing } = dealsStore();
const dealMapping = mappingOf(['title', 'kind', 'status', 'date', 'chineseParty', 'uzbekParty', 'amount', 'currency', 'sources']);

/** The ministry's sheet, optionally followed by many more new deals. */
function sessionOver(extraRows: CellValue[][] = []) {
  const bytes = writeWorkbook([
    { name: 'Lists', rows: [['Kinds'], ['MoU'], ['Contract']], hidden: true },
    { name: 'Deals', rows: [dealHeaders, ...dealRows, ...extraRows] },
  ]);
  const read = readWorkbook(bytes, 'mintech-deals-2025.xlsx');
  if (!read.ok) throw new Error(read.error.message);
  return new ImportSession(read.workbook, sequentialIds());
}

const request = (fields: Partial<PlanRequest> = {}): PlanRequest => ({
  sheetIndex: 1,
  headerRowNumber: null,
  kind: 'deals',
  mapping: dealMapping,
  // As dealsPlanInput plans the same sheet, so the session's preview can be compared with it.
  options: { mode: 'add-and-update', updatePolicy: 'overwrite' },
  fixes: [],
  now: planTime,
  ...fields,
});

/** New deals in rows 13 on; every `badEvery`-th has a date February never has. */
function newDealRows(count: number, badEvery: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => [
    `Extra deal ${i}`,
    'Contract',
    'Signed',
    i % badEvery === 0 ? '30/02/2024' : '01/03/2024',
    'Huawei',
    'Uzbektelecom',
    1000 + i,
    'USD',
    null,
  ]);
}

describe('ImportSession', () => {
  it('outlines the workbook with a few rows per sheet, proposing the visible sheet with data', () => {
    const session = sessionOver(newDealRows(500, 1000));
    const outline = structuredClone(outlineWorkbook(session.workbook));
    expect(outline.defaultSheetIndex).toBe(1);
    expect(outline.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ['Lists', true],
      ['Deals', false],
    ]);
    expect(outline.sheets[1].rowCount).toBe(1 + dealRows.length + 500);
    expect(outline.sheets[1].firstRows).toHaveLength(outlineRowCount);
    expect(outline.sheets[1].firstRows[0]).toEqual(dealHeaders);
  });

  it('finds the header, and takes the analyst’s header row instead when given', () => {
    const session = sessionOver();
    expect(session.header({ sheetIndex: 1, headerRowNumber: null })).toMatchObject({ headerRowIndex: 0, headers: dealHeaders });
    expect(session.header({ sheetIndex: 1, headerRowNumber: 2 }).headers[0]).toBe('5G network pilot');
  });

  it('previews the same plan the pipeline builds, with the mapped cells of each row', () => {
    const preview = sessionOver().plan(request(), existing);
    const direct = buildImportPlan({ ...dealsPlanInput(existing), skippedRowCount: 0 });
    expect(preview.counts).toEqual(direct.counts);
    expect(preview.rows.map((row) => [row.rowNumber, row.status])).toEqual(direct.rows.map((row) => [row.rowNumber, row.status]));
    const row5 = preview.rows.find((row) => row.rowNumber === 5)!;
    expect(row5).toMatchObject({ needsDecision: true, problemColumns: [3] });
    expect(row5.cells).toEqual(dealRows[3]);
    expect(preview.problems[0]).toMatch(/^Row 5, column D \(Signed\): “31\/02\/2024” is not a date/);
    expect(preview.problemCount).toBe(direct.rows.reduce((sum, row) => sum + row.problems.length, 0));
    expect(preview.rejectedRowNumbers).toEqual([5, 6, 7]);
  });

  it('replays the analyst’s fixes and skips over a fresh plan', () => {
    const session = sessionOver();
    const fixed = session.plan(
      request({
        fixes: [{ rowNumber: 5, column: 3, text: '28/02/2024' }],
        options: { mode: 'add-and-update', excludedRows: [6, 7] },
      }),
      existing,
    );
    expect(fixed.counts.rejected).toBe(0);
    expect(fixed.rows.find((row) => row.rowNumber === 5)).toMatchObject({
      status: 'added',
      cells: expect.arrayContaining(['28/02/2024']),
    });
    expect(fixed.leftBehindCount).toBe(2);
  });

  it('commits only the plan on screen: a superseded preview is refused', () => {
    const session = sessionOver();
    const first = session.plan(request(), existing);
    const second = session.plan(request({ options: { mode: 'add-only' } }), existing);
    expect(session.planShownAs(second.planId).counts).toEqual(second.counts);
    expect(() => session.planShownAs(first.planId)).toThrow(/preview changed/);
  });

  it('shows the first rows and a bounded number of rows that need a decision, yet lists every rejected row', () => {
    const extra = 3000;
    const preview = sessionOver(newDealRows(extra, 2)).plan(request(), existing);
    const rejected = 3 + extra / 2;
    expect(preview.rowCount).toBe(dealRows.length + extra);
    expect(preview.rejectedRowNumbers).toHaveLength(rejected);
    expect(preview.rows.filter((row) => row.needsDecision)).toHaveLength(
      preview.rows.slice(0, firstRowsShown).filter((row) => row.needsDecision).length + decisionRowsShown,
    );
    expect(preview.rows.length).toBeLessThan(firstRowsShown + decisionRowsShown + 1);
    expect(preview.leftBehindCount).toBe(rejected);
  });

  it('writes the last plan’s skipped rows with what was wrong', () => {
    const session = sessionOver();
    session.plan(request(), existing);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(session.skippedRowsWorkbook(), { type: 'array' }).Sheets.Deals, {
      header: 1,
    });
    expect(rows.slice(1).map((row) => row[row.length - 1])).toEqual([5, 6, 7]);
  });
});
