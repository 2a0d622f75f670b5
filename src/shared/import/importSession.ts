import { applyCellFix, buildImportPlan } from './buildImportPlan';
import { chooseDefaultSheet } from './chooseSheet';
import { sampleColumnValues, type ColumnValueSample } from './columnValueFit';
import { buildRecordsFromSheet, detectHeaderRows, type HeaderDetection, type SheetRecords } from './detectHeader';
import type { ImportRecordKind } from './fieldSynonyms';
import type { ColumnMapping } from './importFieldTypes';
import type { ExistingRecords, ImportOptions, ImportPlan, ImportPlanInput } from './importPlanTypes';
import { mergedHeaderTexts } from './mergedHeaderRows';
import { previewOfPlan, type PlanPreview } from './planPreview';
import { buildSkippedRowsWorkbook } from './skippedRowsWorkbook';
import type { CellValue, ImportSheet, ImportWorkbook, TextLayout } from './workbookTypes';

/** Rows of each sheet shown raw while the analyst picks the sheet and the header row. */
export const outlineRowCount = 8;

/** What the window needs of a sheet to let the analyst choose it and its header: never its 100,000 rows. */
export interface SheetOutline {
  name: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
  warnings: string[];
  firstRows: CellValue[][];
}

export interface WorkbookOutline {
  fileName: string;
  date1904: boolean;
  textLayout?: TextLayout;
  sheets: SheetOutline[];
  /** Null when no sheet has data, so there is nothing to import. */
  defaultSheetIndex: number | null;
  /**
   * Present while only the first rows of a large file are read (readFirstRows.ts): how many rows
   * each sheet is expected to have in full, by sheet index, null where that cannot be told yet.
   */
  firstRowsOnly?: { expectedRowCounts: (number | null)[] };
}

export interface SheetChoice {
  sheetIndex: number;
  /** 1-based, as Excel numbers rows; null takes the detected header. */
  headerRowNumber: number | null;
}

/** A correction the analyst typed into the preview. */
export interface CellFix {
  rowNumber: number;
  column: number;
  text: string;
}

/** The chosen header, with the first values of each column under it, so proposals can be checked against them. */
export interface HeaderWithValues extends HeaderDetection {
  values: ColumnValueSample;
}

export interface PlanRequest extends SheetChoice {
  kind: ImportRecordKind;
  mapping: readonly ColumnMapping[];
  options: Omit<ImportOptions, 'date1904'>;
  /** Replayed over the plan in the order they were made, so a fix survives a change of mode or a skip. */
  fixes: readonly CellFix[];
  /** ISO timestamp stamped on new and changed records. */
  now: string;
}

export function outlineWorkbook(workbook: ImportWorkbook, firstRowsOnly?: WorkbookOutline['firstRowsOnly']): WorkbookOutline {
  return {
    fileName: workbook.fileName,
    date1904: workbook.date1904,
    textLayout: workbook.textLayout,
    sheets: workbook.sheets.map(outlineSheet),
    defaultSheetIndex: chooseDefaultSheet(workbook),
    ...(firstRowsOnly && { firstRowsOnly }),
  };
}

function outlineSheet(sheet: ImportSheet): SheetOutline {
  const { name, hidden, rowCount, columnCount, warnings } = sheet;
  return { name, hidden, rowCount, columnCount, warnings, firstRows: sheet.rows.slice(0, outlineRowCount) };
}

/**
 * One import as the worker holds it: the whole workbook, the rows under the chosen header and the
 * last plan stay here, and the window gets outlines and previews of a few hundred rows. Moving a
 * 100,000-row sheet or plan to the window would be a structured clone of seconds on its thread.
 */
export class ImportSession {
  private sheetRecords: { key: string; header: HeaderDetection; records: SheetRecords } | null = null;
  private last: { id: number; plan: ImportPlan; input: ImportPlanInput } | null = null;
  private planCount = 0;

  constructor(
    private current: ImportWorkbook,
    private readonly newId: () => string,
  ) {}

  get workbook(): ImportWorkbook {
    return this.current;
  }

  /**
   * Replaces the first rows the session was opened with by the whole file. Plans of the first rows
   * can no longer be committed (planShownAs refuses their ids), as they leave the rest out.
   */
  readInFull(workbook: ImportWorkbook): void {
    this.current = workbook;
    this.sheetRecords = null;
    this.last = null;
  }

  header(choice: SheetChoice): HeaderWithValues {
    const { header, records } = this.recordsUnder(choice);
    const columns = sampleColumnValues(records.rows, header.headers.length);
    return { ...header, values: { columns, date1904: this.workbook.date1904 } };
  }

  private detectHeader(choice: SheetChoice): HeaderDetection {
    const sheet = this.sheet(choice.sheetIndex);
    const detected = detectHeaderRows(sheet);
    const { headerRowNumber } = choice;
    if (headerRowNumber === null || headerRowNumber - 1 === detected.headerRowIndex || !sheet.rows[headerRowNumber - 1]) {
      return detected;
    }
    return { headerRowIndex: headerRowNumber - 1, headerRowCount: 1, headers: mergedHeaderTexts(sheet, headerRowNumber - 1) };
  }

  plan(request: PlanRequest, existing: ExistingRecords): PlanPreview {
    const sheet = this.sheet(request.sheetIndex);
    const { header, records } = this.recordsUnder(request);
    let input: ImportPlanInput = {
      kind: request.kind,
      fileName: this.workbook.fileName,
      sheetName: sheet.name,
      headers: header.headers,
      rows: records.rows,
      skippedRowCount: records.skippedEmpty + records.skippedRepeatedHeaders,
      mapping: request.mapping,
      options: { ...request.options, date1904: this.workbook.date1904 },
      existing,
      now: request.now,
      newId: this.newId,
    };
    let plan = buildImportPlan(input);
    for (const fix of request.fixes) ({ plan, input } = applyCellFix(plan, input, fix.rowNumber, fix.column, fix.text));
    this.last = { id: ++this.planCount, plan, input };
    return previewOfPlan(this.last.id, plan, input);
  }

  /** The plan a preview showed, for the commit; refused when a newer plan replaced it meanwhile. */
  planShownAs(planId: number): ImportPlan {
    if (!this.last || this.last.id !== planId) {
      throw new Error('The preview changed while the import was starting. Check the preview and import again.');
    }
    return this.last.plan;
  }

  /** The last plan's refused and left-out rows as a workbook, each with what was wrong. */
  skippedRowsWorkbook(): Uint8Array {
    if (!this.last) throw new Error('There is no preview yet, so no rows have been skipped.');
    return buildSkippedRowsWorkbook(this.last.plan.headers, this.last.input.rows, this.last.plan);
  }

  private sheet(index: number): ImportSheet {
    const sheet = this.workbook.sheets[index];
    if (!sheet) throw new Error(`${this.workbook.fileName} has no sheet number ${index + 1}.`);
    return sheet;
  }

  private recordsUnder(choice: SheetChoice): { header: HeaderDetection; records: SheetRecords } {
    const header = this.detectHeader(choice);
    const key = `${choice.sheetIndex}:${header.headerRowIndex}:${header.headerRowCount}`;
    if (this.sheetRecords?.key !== key) {
      this.sheetRecords = { key, header, records: buildRecordsFromSheet(this.sheet(choice.sheetIndex), header) };
    }
    return this.sheetRecords;
  }
}
