import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitOfValues, sampleColumnValues } from './columnValueFit';
import type { ImportRecordKind } from './fieldSynonyms';
import type { ImportOptions } from './importPlanTypes';
import { planTime, sequentialIds } from './importPlan.testHelpers';
import { ImportSession } from './importSession';
import { proposeMapping } from './proposeMapping';
import { readWorkbook } from './readWorkbook';

/*
 * The workbooks under fixtures/ were written by openpyxl, not SheetJS, with
 * fixtures/makeMappingFixtures.py; each holds one mapping the headers alone got wrong.
 */
function openFixture(name: string): ImportSession {
  const read = readWorkbook(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), name);
  if (!read.ok) throw new Error(read.error.message);
  return new ImportSession(read.workbook, sequentialIds());
}

const emptyStore = { organizations: [], deals: [], indicators: [], observations: [], events: [] };

/** The dialog's first proposal for a sheet: from its header and the values under it. */
function propose(session: ImportSession, sheetIndex: number, kind: ImportRecordKind) {
  const header = session.header({ sheetIndex, headerRowNumber: null });
  return {
    headers: header.headers,
    withValues: proposeMapping(header.headers, kind, header.values),
    fromHeadersOnly: proposeMapping(header.headers, kind),
  };
}

/** The preview of importing the sheet as proposed, into an empty store. */
function planProposed(
  session: ImportSession,
  sheetIndex: number,
  kind: ImportRecordKind,
  proposal: { column: number; field: string | null }[],
  options: Partial<ImportOptions> = {},
) {
  const mapping = proposal.flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  const request = { sheetIndex, headerRowNumber: null, kind, mapping, fixes: [], now: planTime };
  return session.plan({ ...request, options: { mode: 'add-and-update', ...options } }, emptyStore);
}

const fieldsOf = (proposal: { field: string | null }[]) => proposal.map(({ field }) => field);

describe('mapping proposed from values as well as headers', () => {
  it('maps a residency date column to the residency date, not the status, and rejects no row', () => {
    const session = openFixture('residency-dates.xlsx');
    const { withValues, fromHeadersOnly } = propose(session, 0, 'organizations');
    // "IT Park resident since" names the status ("IT Park resident") more fully than the date ("Resident since").
    expect(fieldsOf(fromHeadersOnly)).toEqual(['name', 'country', 'itParkStatus']);
    expect(fieldsOf(withValues)).toEqual(['name', 'country', 'itParkSince']);
    const preview = planProposed(session, 0, 'organizations', withValues);
    expect(preview.counts.rejected).toBe(0);
    expect(preview.rejectionsByColumn).toEqual([]);
  });

  it('maps a Russian residency date header and reads its dotted dates', () => {
    const session = openFixture('residency-dates.xlsx');
    const { withValues } = propose(session, 1, 'organizations');
    expect(fieldsOf(withValues)).toEqual(['name', 'country', 'itParkSince']);
    expect(planProposed(session, 1, 'organizations', withValues).counts.rejected).toBe(0);
  });

  it('says before the list which proposed column would reject rows, and how many', () => {
    const session = openFixture('residency-dates.xlsx');
    const { fromHeadersOnly } = propose(session, 0, 'organizations');
    const preview = planProposed(session, 0, 'organizations', fromHeadersOnly);
    expect(preview.counts.rejected).toBe(4);
    expect(preview.rejectionsByColumn).toEqual([
      {
        column: 2,
        field: 'itParkStatus',
        rejectedRows: 4,
        firstProblem: '“2019-05-14” is not a IT Park status Silk Ledger knows.',
      },
    ]);
  });

  it('maps Russian unit abbreviations, with and without dots, to the unit', () => {
    const session = openFixture('indicator-units.xlsx');
    for (const sheetIndex of [0, 1, 2]) {
      const { headers, withValues } = propose(session, sheetIndex, 'observations');
      expect(fieldsOf(withValues), headers[3]).toEqual(['indicator', 'period', 'value', 'unit']);
      expect(planProposed(session, sheetIndex, 'observations', withValues).counts.rejected).toBe(0);
    }
  });

  it('never maps another system’s record ids onto our id, and says why', () => {
    const session = openFixture('external-record-ids.xlsx');
    // AidData's record id is known by name, and kept as an external id (externalIds.test.ts).
    const gcdf = propose(session, 0, 'deals');
    expect(fieldsOf(gcdf.fromHeadersOnly)[0]).toBe('externalId');
    expect(gcdf.withValues[0]).toMatchObject({ field: 'externalId', reason: null });
    expect(fieldsOf(gcdf.withValues).slice(1, 3)).toEqual(['title', 'date']);
    const preview = planProposed(session, 0, 'deals', gcdf.withValues);
    expect(preview.rejectionsByColumn.map((rejection) => rejection.column)).not.toContain(0);

    const register = propose(session, 1, 'organizations');
    expect(fieldsOf(register.withValues)).toEqual([null, 'name', 'country']);
    expect(register.withValues[0].reason).toMatch(/another system’s identifier .*“1017”/);
    expect(planProposed(session, 1, 'organizations', register.withValues).counts.rejected).toBe(0);
  });

  it('maps an id column of our own record ids onto our id', () => {
    const session = openFixture('external-record-ids.xlsx');
    const { withValues } = propose(session, 2, 'deals');
    expect(fieldsOf(withValues)).toEqual(['id', 'title', 'date']);
    expect(withValues[0].reason).toBeNull();
  });

  it('proposes the field the values fit when the header names another', () => {
    const session = openFixture('amounts-under-currency-header.xlsx');
    const { withValues, fromHeadersOnly } = propose(session, 0, 'deals');
    expect(fieldsOf(fromHeadersOnly)).toEqual(['title', 'date', 'currency']);
    expect(fieldsOf(withValues)).toEqual(['title', 'date', 'amount']);
    const preview = planProposed(session, 0, 'deals', withValues, { defaultCurrency: 'USD' });
    expect(preview.counts.rejected).toBe(0);
  });
});

describe('fitOfValues', () => {
  it('counts the values a field reads and says what the others are not', () => {
    const cells = ['2024-03-01', '15.04.2023', '03/04/2024', 'soon', 'n/a', 'TBD', 'unknown'];
    // A slashed date is read either way round; which way is the preview's question, not the mapping's.
    expect(fitOfValues('deals', 'date', cells, { date1904: false })).toEqual({
      read: 3,
      sampled: 7,
      reason: 'values are not dates (3 of 7 read)',
    });
    expect(fitOfValues('deals', 'date', cells.slice(0, 5), { date1904: false }).reason).toBeNull();
  });

  it('reads bare amounts as amounts whatever currency the import settles on', () => {
    expect(fitOfValues('deals', 'amount', [350000000, '1 200 000', 'USD 1.2 bn'], { date1904: false }).reason).toBeNull();
    expect(fitOfValues('deals', 'amount', ['China Eximbank', 'CDB'], { date1904: false }).reason).toBe(
      'values are not amounts of money (0 of 2 read)',
    );
  });

  it('takes an id column as ours only when every value is a record id', () => {
    const ours = '0b7f8f0e-6f3c-4c55-9d0e-2f1a9c3b7a10';
    expect(fitOfValues('deals', 'id', [ours, ours], { date1904: false }).reason).toBeNull();
    expect(fitOfValues('deals', 'id', [ours, 'GCDF-96082'], { date1904: false }).reason).toMatch(/“GCDF-96082”/);
  });
});

describe('sampleColumnValues', () => {
  it('takes each column’s first non-empty cells, fewer per column on a very wide sheet', () => {
    const rows = [{ cells: [null, ' ', 'a'] }, { cells: [1, 'b'] }, { cells: [2, 'c', 'd'] }, { cells: [3, 'e', 'f'] }];
    expect(sampleColumnValues(rows, 3, 2)).toEqual([
      [1, 2],
      ['b', 'c'],
      ['a', 'd'],
    ]);
    // 5,000 columns × 200 cells would be a million cells sent to the window; 20 each still tell a date from a status.
    const wideRow = { cells: Array.from({ length: 5_000 }, (_, column) => column) };
    const wideRows = Array.from({ length: 40 }, () => wideRow);
    expect(sampleColumnValues(wideRows, 5_000)[0]).toHaveLength(20);
  });
});
