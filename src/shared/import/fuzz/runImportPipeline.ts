/**
 * One file through the import pipeline as the import dialog and its worker run it, with the
 * checks every outcome must pass: a refusal is an ImportError that names the file; a preview is a
 * plan whose accepted rows the commit would accept, that survives the trip from the worker, and
 * that left the store's records untouched. Any broken rule throws. Used by the fuzz test only.
 */
import { recordSchemas, type RecordTable } from '../../model/tables';
import { applyCellFix, buildImportPlan } from '../buildImportPlan';
import { chooseDefaultSheet } from '../chooseSheet';
import { buildRecordsFromSheet, detectHeaderRows } from '../detectHeader';
import { importRecordKinds, type ImportRecordKind } from '../fieldSynonyms';
import type { ExistingRecords, ImportPlan, ImportPlanInput } from '../importPlanTypes';
import { sequentialIds } from '../importPlan.testHelpers';
import { detectRecordKind, proposeMapping } from '../proposeMapping';
import { readSpreadsheetFile } from '../readWorkbook';
import type { ImportErrorCode } from '../workbookTypes';
import type { SeededRandom } from '../../testing/seededRandom';
import { markupTexts } from './hostileValues';

export type PipelineOutcome =
  { refused: ImportErrorCode } | { previewed: { kind: ImportRecordKind; rows: number; counts: ImportPlan['counts'] } };

const errorCodes: readonly ImportErrorCode[] = ['password-protected', 'unsupported-format', 'corrupt', 'empty', 'too-large'];
const now = '2025-06-01T12:00:00.000Z';
const stamp = { createdAt: now, updatedAt: now, deletedAt: null };

export class BrokenRule extends Error {}

function check(condition: boolean, rule: string): asserts condition {
  if (!condition) throw new BrokenRule(rule);
}

export async function runImportPipeline(
  bytes: Uint8Array,
  fileName: string,
  existing: ExistingRecords,
  random: SeededRandom,
): Promise<PipelineOutcome> {
  const read = await readSpreadsheetFile(bytes, fileName);
  structuredClone(read); // the worker hands this to the window
  if (!read.ok) {
    const { code, message } = read.error;
    check(errorCodes.includes(code), `unknown error code ${code}`);
    check(message.startsWith(fileName) || message.includes(` ${fileName} `), `the message does not name the file: ${message}`);
    check(/[.)]$/.test(message) && !/undefined|\[object |NaN/.test(message), `the message is not a clear sentence: ${message}`);
    return { refused: code };
  }
  const { workbook } = read;
  check(workbook.sheets.length > 0, 'a workbook that read has no sheets');
  for (const sheet of workbook.sheets) {
    check(sheet.rows.length === sheet.rowCount, `sheet ${sheet.name}: ${sheet.rows.length} rows for rowCount ${sheet.rowCount}`);
    check(
      sheet.rows.every((row) => row.length === sheet.columnCount),
      `sheet ${sheet.name}: a row is not ${sheet.columnCount} cells wide`,
    );
  }
  const sheetIndex = chooseDefaultSheet(workbook);
  check(sheetIndex !== null, 'a workbook that read has no sheet to propose');
  const sheet = workbook.sheets[sheetIndex];
  const header = detectHeaderRows(sheet);
  check(
    header.headers.every((text) => typeof text === 'string'),
    'a header is not text',
  );
  const records = buildRecordsFromSheet(sheet, header);
  // The analyst may choose any kind; half the cases take the detected one, as the dialog does.
  const kind = random.chance(0.5) ? (detectRecordKind(header.headers) ?? 'deals') : random.pick(importRecordKinds);
  const mapping = proposeMapping(header.headers, kind).flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  const input: ImportPlanInput = {
    kind,
    fileName: workbook.fileName,
    sheetName: sheet.name,
    headers: header.headers,
    rows: records.rows,
    skippedRowCount: records.skippedEmpty + records.skippedRepeatedHeaders,
    mapping,
    options: { mode: random.pick(['add-only', 'update-only', 'add-and-update'] as const), date1904: workbook.date1904 },
    existing,
    now,
    newId: sequentialIds(),
  };
  let plan = buildImportPlan(input);
  checkPlan(plan, input);
  if (records.rows.length > 0 && header.headers.length > 0) {
    const row = random.pick(records.rows);
    const fixed = applyCellFix(plan, input, row.rowNumber, random.integer(header.headers.length), random.pick(markupTexts));
    plan = fixed.plan;
    checkPlan(plan, fixed.input);
  }
  structuredClone(plan);
  return { previewed: { kind, rows: plan.rows.length, counts: plan.counts } };
}

function checkPlan(plan: ImportPlan, input: ImportPlanInput): void {
  check(plan.rows.length === input.rows.length, `${plan.rows.length} planned rows for ${input.rows.length} sheet rows`);
  plan.rows.forEach((row, index) => {
    check(row.rowNumber === input.rows[index].rowNumber, `planned row ${index} is row ${row.rowNumber}`);
    for (const problem of row.problems) {
      check(
        problem.message.length > 0 && !/undefined|\[object /.test(problem.message),
        `row ${row.rowNumber}: unclear problem “${problem.message}”`,
      );
    }
    check(row.status !== 'rejected' || row.problems.length > 0, `row ${row.rowNumber} is rejected without a problem`);
    if (row.status === 'added' || row.status === 'updated') {
      const candidate = { ...row.record, ...stamp, ...(row.existingId ? { id: row.existingId } : {}) };
      checkValid(plan.table, candidate, `row ${row.rowNumber}, planned as ${row.status}`);
    }
  });
  const introduced: Array<[RecordTable, readonly object[]]> = [
    ['organizations', plan.newOrganizations],
    ['indicators', plan.newIndicators],
    ['sources', plan.newSources],
  ];
  for (const [table, inputs] of introduced) {
    for (const record of inputs) checkValid(table, { ...record, ...stamp }, `a new record of ${table}`);
  }
  const counted = Object.values(plan.counts).reduce((sum, count) => sum + count, 0);
  check(counted >= plan.rows.length, `counts ${JSON.stringify(plan.counts)} cover fewer than ${plan.rows.length} rows`);
}

/** The commit validates with the same schemas, and refuses the whole import if one record fails. */
function checkValid(table: RecordTable, candidate: object, what: string): void {
  const parsed = recordSchemas[table].safeParse(candidate);
  check(
    parsed.success,
    `${what} would be refused by the commit: ${parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
  );
}
