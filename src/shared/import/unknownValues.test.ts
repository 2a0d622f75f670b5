import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportRecordKind } from './fieldSynonyms';
import type { ColumnMapping } from './importFieldTypes';
import type { ImportOptions } from './importPlanTypes';
import { planTime, sequentialIds } from './importPlan.testHelpers';
import { ImportSession, type CellFix } from './importSession';
import { proposeMapping } from './proposeMapping';
import { readWorkbook } from './readWorkbook';
import type { ValueChoice } from './valueChoices';

/*
 * fixtures/unknown-values.xlsx was written by openpyxl (fixtures/makeValueChoiceFixtures.py), not
 * SheetJS: 24 deals whose statuses ("Completion stage", "Implementation phase"), one kind ("Donation") and one
 * currency ("юани КНР") Silk Ledger does not know, and 20 organizations with an unknown country
 * ("Mainland China", "Malaysia") and kind ("Policy bank"), each value repeated down its column.
 */
function openFixture(): ImportSession {
  const name = 'unknown-values.xlsx';
  const read = readWorkbook(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), name);
  if (!read.ok) throw new Error(read.error.message);
  return new ImportSession(read.workbook, sequentialIds());
}

const emptyStore = { organizations: [], deals: [], indicators: [], observations: [], events: [] };
const dealColumns = ['title', 'kind', 'status', 'date', 'amount', 'currency'];
const organizationColumns = ['name', 'country', 'kind'];

function plan(
  session: ImportSession,
  sheetIndex: number,
  kind: ImportRecordKind,
  fields: string[],
  options: Partial<ImportOptions> = {},
  fixes: CellFix[] = [],
) {
  const mapping: ColumnMapping[] = fields.map((field, column) => ({ column, field }));
  const request = { sheetIndex, headerRowNumber: null, kind, mapping, fixes, now: planTime };
  const preview = session.plan({ ...request, options: { mode: 'add-and-update', ...options } }, emptyStore);
  return { preview, records: session.planShownAs(preview.planId).rows.map((row) => row.record) };
}

const dealChoices: ValueChoice[] = [
  { field: 'status', text: 'Completion stage', replacement: 'completed' },
  { field: 'status', text: 'Implementation phase', replacement: 'in-progress' },
  { field: 'kind', text: 'Donation', replacement: 'other' },
  { field: 'currency', text: 'юани КНР', replacement: 'CNY' },
];

describe('values a field does not know', () => {
  it('lists each distinct unknown value of a deals file once, with its row count and a suggestion', () => {
    const { preview } = plan(openFixture(), 0, 'deals', dealColumns);
    expect(preview.counts.rejected).toBe(24);
    const summary = preview.unknownValues.map(({ field, columns, values }) => ({ field, columns, values }));
    expect(summary).toEqual([
      { field: 'kind', columns: [1], values: [{ text: 'Donation', rowCount: 8, suggestion: null }] },
      {
        field: 'status',
        columns: [2],
        values: [
          { text: 'Completion stage', rowCount: 12, suggestion: 'completed' },
          { text: 'Implementation phase', rowCount: 12, suggestion: 'in-progress' },
        ],
      },
      { field: 'currency', columns: [5], values: [{ text: 'юани КНР', rowCount: 6, suggestion: 'CNY' }] },
    ]);
    const [kinds, , currencies] = preview.unknownValues;
    expect(kinds.accepted.values).toContainEqual({ code: 'other', label: 'Other' });
    expect(kinds.accepted.otherCodeLength).toBeNull();
    expect(currencies.accepted.values).toContainEqual({ code: 'CNY', label: 'CNY (Chinese Yuan)' });
    expect(currencies.accepted.otherCodeLength).toBe(3);
  });

  it('fixes every row with one choice per value, and keeps listing the values with their choices', () => {
    const session = openFixture();
    const { preview, records } = plan(session, 0, 'deals', dealColumns, { valueChoices: dealChoices });
    expect(preview.counts).toMatchObject({ added: 24, rejected: 0 });
    // The readings remembered for a plan with choices are not those of the next plan without them.
    expect(plan(session, 0, 'deals', dealColumns).preview.counts.rejected).toBe(24);
    expect(records[0]).toMatchObject({ kind: 'other', status: 'completed', money: { currency: 'CNY', amount: 1_000_000 } });
    expect(records[1]).toMatchObject({ kind: 'loan', status: 'in-progress', money: { currency: 'USD', amount: 2_000_000 } });
    // Read from the file as it is, so the analyst can still see and change what each value was read as.
    expect(preview.unknownValues.flatMap(({ values }) => values.map(({ text }) => text))).toEqual([
      'Donation',
      'Completion stage',
      'Implementation phase',
      'юани КНР',
    ]);
  });

  it('matches a choice whatever the case and spacing of the text it was made for', () => {
    const choices = dealChoices.map((choice) => ({ ...choice, text: `  ${choice.text.toUpperCase()} ` }));
    expect(plan(openFixture(), 0, 'deals', dealColumns, { valueChoices: choices }).preview.counts.rejected).toBe(0);
  });

  it('applies a choice to the field, not to another field with the same value', () => {
    const onKind = [...dealChoices.filter((choice) => choice.field !== 'status')];
    onKind.push({ field: 'kind', text: 'Completion stage', replacement: 'other' });
    expect(plan(openFixture(), 0, 'deals', dealColumns, { valueChoices: onKind }).preview.counts.rejected).toBe(24);
  });

  it('leaves a value empty when the analyst says so', () => {
    // With the currency left empty, an amount is read in the currency of amounts that name none.
    const withoutCurrency = dealChoices.map((choice) =>
      choice.field === 'currency' ? { ...choice, replacement: null } : choice,
    );
    const options = { valueChoices: withoutCurrency, defaultCurrency: 'EUR' };
    const { preview, records } = plan(openFixture(), 0, 'deals', dealColumns, options);
    expect(preview.counts.rejected).toBe(0);
    expect(records[0]).toMatchObject({ status: 'completed', money: { currency: 'EUR', amount: 1_000_000 } });
  });

  it('reads the analyst’s cell fix in a row where a choice applies to other cells', () => {
    const fix = { rowNumber: 2, column: 2, text: 'Terminated' };
    const { preview, records } = plan(openFixture(), 0, 'deals', dealColumns, { valueChoices: dealChoices }, [fix]);
    expect(preview.counts.rejected).toBe(0);
    expect(records[0]).toMatchObject({ status: 'terminated', kind: 'other' });
    expect(records[2]).toMatchObject({ status: 'completed' });
  });

  it('lists unknown countries and organization kinds, a country by any ISO code', () => {
    const session = openFixture();
    const { preview } = plan(session, 1, 'organizations', organizationColumns);
    expect(preview.counts.rejected).toBe(20);
    expect(preview.unknownValues.map(({ field, values }) => ({ field, values }))).toEqual([
      {
        field: 'country',
        values: [
          { text: 'Mainland China', rowCount: 10, suggestion: 'CN' },
          { text: 'Malaysia', rowCount: 10, suggestion: null },
        ],
      },
      { field: 'kind', values: [{ text: 'Policy bank', rowCount: 4, suggestion: 'financial-institution' }] },
    ]);
    expect(preview.unknownValues[0].accepted).toMatchObject({ otherCodeLength: 2 });
    expect(preview.unknownValues[0].accepted.values).toContainEqual({ code: 'CN', label: 'China' });

    const choices: ValueChoice[] = [
      { field: 'country', text: 'Mainland China', replacement: 'CN' },
      { field: 'country', text: 'Malaysia', replacement: 'MY' },
      { field: 'kind', text: 'Policy bank', replacement: 'financial-institution' },
    ];
    const fixed = plan(session, 1, 'organizations', organizationColumns, { valueChoices: choices });
    expect(fixed.preview.counts).toMatchObject({ added: 20, rejected: 0 });
    expect(fixed.records.slice(0, 2)).toMatchObject([
      { country: 'CN', kind: 'financial-institution' },
      { country: 'MY', kind: 'government' },
    ]);
  });
});

describe('proposing a column of values a field does not know', () => {
  it('maps a column the header names, all of whose values are unknown categories, and lists them for a choice', () => {
    const session = openFixture();
    const header = session.header({ sheetIndex: 0, headerRowNumber: null });
    const proposal = proposeMapping(header.headers, 'deals', header.values);
    expect(proposal.find((column) => column.header === 'Status')).toMatchObject({ field: 'status', reason: null });
    const mapped = proposal.map((column) => column.field ?? '');
    const { preview } = plan(session, 0, 'deals', mapped);
    expect(preview.unknownValues.find((unknown) => unknown.field === 'status')?.values.map((value) => value.text)).toEqual([
      'Completion stage',
      'Implementation phase',
    ]);
    expect(plan(session, 0, 'deals', mapped, { valueChoices: dealChoices }).preview.counts.rejected).toBe(0);
  });

  it('still leaves free text unmapped under a header naming a field of fixed choices', () => {
    const titles = Array.from({ length: 30 }, (_, index) => `Phase ${index + 1} of the fibre backbone, delayed by customs`);
    const [status] = proposeMapping(['Status'], 'deals', { columns: [titles], date1904: false });
    expect(status.field).toBeNull();
    expect(status.reason).toMatch(/^Not Status: values are not/);
  });
});
