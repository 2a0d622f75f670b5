import { describe, expect, it } from 'vitest';
import { dealHeaders, dealRows, dealsStore, mappingOf, planTime, sequentialIds } from './importPlan.testHelpers';
import { ImportSession, type PlanRequest } from './importSession';
import { firstLookRowCount, readFirstRows, readRestOfFile } from './readFirstRows';
import { writeWorkbook } from './testWorkbooks';
import type { CellValue } from './workbookTypes';

const { existing } = dealsStore();
const dealMapping = mappingOf(['title', 'kind', 'status', 'date', 'chineseParty', 'uzbekParty', 'amount', 'currency', 'sources']);
const request: PlanRequest = {
  sheetIndex: 0,
  headerRowNumber: null,
  kind: 'deals',
  mapping: dealMapping,
  options: { mode: 'add-and-update', updatePolicy: 'overwrite' },
  fixes: [],
  now: planTime,
};
const moreDeals: CellValue[][] = Array.from({ length: 600 }, (_, i) => [
  `Further deal ${i}`,
  'Contract',
  'Signed',
  '01/03/2024',
  'Huawei',
  'Uzbektelecom',
  1000 + i,
  'USD',
  null,
]);
const fileName = 'mintech-deals-2025.xlsx';
const bytes = writeWorkbook([{ name: 'Deals', rows: [dealHeaders, ...dealRows, ...moreDeals] }]);

describe('an import session opened on the first rows of a file', () => {
  it('plans the first rows, then the whole file once it is read, and never commits the plan of the first rows', async () => {
    const first = await readFirstRows(bytes, fileName, { wholeUpToBytes: 0 });
    if (!first.ok) throw new Error(first.error.message);
    const session = new ImportSession(first.firstLook.workbook, sequentialIds());
    const header = session.header(request);
    const firstPreview = session.plan(request, existing);
    expect(firstPreview.rowCount).toBe(firstLookRowCount - 1);

    const rest = await readRestOfFile(bytes, fileName, first.firstLook);
    if (!rest.ok) throw new Error(rest.error.message);
    session.readInFull(rest.workbook);
    // The same header and the same sample of values, so the same proposal.
    expect(session.header(request)).toEqual(header);
    expect(() => session.planShownAs(firstPreview.planId)).toThrow(/preview changed/);
    const fullPreview = session.plan(request, existing);
    expect(fullPreview.rowCount).toBe(dealRows.length + moreDeals.length);
    expect(session.planShownAs(fullPreview.planId).rows).toHaveLength(fullPreview.rowCount);
  });
});
