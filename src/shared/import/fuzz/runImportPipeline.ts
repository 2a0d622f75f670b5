/**
 * One file through the import pipeline as the import dialog and its worker run it, with the
 * checks every outcome must pass: a refusal is an ImportError that names the file; a preview is a
 * plan whose accepted rows the commit would accept, that survives the trip from the worker, and
 * that left the store's records untouched. Any broken rule throws. Used by the fuzz test only.
 */
import { recordSchemas, type RecordTable } from '../../model/tables';
import { importRecordKinds, type ImportRecordKind } from '../fieldSynonyms';
import type { ExistingRecords, ImportPlan } from '../importPlanTypes';
import { ImportSession, outlineWorkbook, type PlanRequest } from '../importSession';
import type { PlanPreview } from '../planPreview';
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
  // From here on, the worker's own session: what it keeps, and what it hands the window.
  const session = new ImportSession(workbook, sequentialIds());
  const outline = structuredClone(outlineWorkbook(workbook));
  const sheetIndex = outline.defaultSheetIndex;
  check(sheetIndex !== null, 'a workbook that read has no sheet to propose');
  const header = structuredClone(session.header({ sheetIndex, headerRowNumber: null }));
  check(
    header.headers.every((text) => typeof text === 'string'),
    'a header is not text',
  );
  // The analyst may choose any kind; half the cases take the detected one, as the dialog does.
  const kind = random.chance(0.5) ? (detectRecordKind(header.headers, header.values) ?? 'deals') : random.pick(importRecordKinds);
  const mapping = proposeMapping(header.headers, kind, header.values).flatMap(({ column, field }) =>
    field ? [{ column, field }] : [],
  );
  const request: PlanRequest = {
    sheetIndex,
    headerRowNumber: null,
    kind,
    mapping,
    options: { mode: random.pick(['add-only', 'update-only', 'add-and-update'] as const) },
    fixes: [],
    now,
  };
  let preview = structuredClone(session.plan(request, existing));
  checkPlan(session.planShownAs(preview.planId), preview);
  if (preview.rows.length > 0 && header.headers.length > 0) {
    const row = random.pick(preview.rows);
    const fix = { rowNumber: row.rowNumber, column: random.integer(header.headers.length), text: random.pick(markupTexts) };
    preview = structuredClone(session.plan({ ...request, fixes: [fix] }, existing));
    checkPlan(session.planShownAs(preview.planId), preview);
  }
  return { previewed: { kind, rows: preview.rowCount, counts: preview.counts } };
}

function checkPlan(plan: ImportPlan, preview: PlanPreview): void {
  check(plan.rows.length === preview.rowCount, `${plan.rows.length} planned rows for a preview of ${preview.rowCount}`);
  const planned = new Set(plan.rows.map((row) => row.rowNumber));
  check(
    preview.rows.every((row) => planned.has(row.rowNumber)),
    'the preview shows a row the plan does not have',
  );
  plan.rows.forEach((row) => {
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
