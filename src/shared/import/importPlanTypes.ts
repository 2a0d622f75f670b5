import type { Deal } from '../model/deal';
import type { EventRecord } from '../model/event';
import type { Indicator, Observation } from '../model/indicator';
import type { Organization } from '../model/organization';
import type { Source } from '../model/source';
import type { RecordInput } from '../model/tables';
import type { ColumnFormat } from './columnFormats';
import type { SheetRecord } from './detectHeader';
import type { ImportRecordKind } from './fieldSynonyms';
import type { ColumnMapping } from './importFieldTypes';

/** Which rows an import may write: new records, changes to stored ones, or both. */
export type ImportMode = 'add-only' | 'update-only' | 'add-and-update';

export interface ImportOptions {
  mode: ImportMode;
  /** Per column index: how to read 03/04/2024. Unset columns use what detectColumnFormats found. */
  dayFirst?: Readonly<Partial<Record<number, boolean>>>;
  /** Per column index. Unset columns use what detectColumnFormats found, else each cell's own evidence. */
  decimalSeparator?: Readonly<Partial<Record<number, '.' | ','>>>;
  /** ISO code for amounts that name no currency when neither a currency column nor the header does. */
  defaultCurrency?: string;
  /** From ImportWorkbook.date1904: how to read date serial numbers typed as plain numbers. */
  date1904?: boolean;
  /** Excel row numbers the analyst left out in the preview. */
  excludedRows?: readonly number[];
}

/** Active (not deleted) records from the store that imported rows may match or refer to. */
export interface ExistingRecords {
  organizations: readonly Organization[];
  deals: readonly Deal[];
  indicators: readonly Indicator[];
  observations: readonly Observation[];
  events: readonly EventRecord[];
  /** A source whose reference is the file's name is reused for citations instead of a new one. */
  sources?: readonly Source[];
}

export interface ImportPlanInput {
  kind: ImportRecordKind;
  fileName: string;
  sheetName: string;
  /** One per column, as detectHeaderRows gives them. */
  headers: readonly string[];
  /** From buildRecordsFromSheet, in sheet order. */
  rows: readonly SheetRecord[];
  /** Blank and repeated header rows buildRecordsFromSheet left out; they count as skipped. */
  skippedRowCount?: number;
  mapping: readonly ColumnMapping[];
  options: ImportOptions;
  existing: ExistingRecords;
  /** ISO timestamp stamped on new and changed records. */
  now: string;
  /** A new record id (UUID). */
  newId: () => string;
}

export type ImportTable = ImportRecordKind;

export type PlannedRowStatus = 'added' | 'updated' | 'unchanged' | 'rejected' | 'skipped';

/** Why a skipped row is skipped: the analyst left it out, or the mode forbids adding or updating it. */
export type SkipReason = 'excluded' | 'exists' | 'not-in-store';

export type RowProblemCode =
  'invalid-value' | 'missing-value' | 'duplicate-row' | 'ambiguous-organization' | 'conflicting-values' | 'unmapped-field';

export interface RowProblem {
  /** As Excel numbers the row (1-based). */
  rowNumber: number;
  /** 0-based column, or null for a problem of the whole row (a duplicate) or of a field no column fills. */
  column: number | null;
  /** The import field concerned (see fieldSynonyms.ts), or null for the whole row. */
  field: string | null;
  code: RowProblemCode;
  /** A sentence on what is wrong, quoting the cell. */
  message: string;
  /** What would be accepted: "a date such as 25 June 2015, 2015-06-25 or Q2 2025". */
  expected: string;
}

export type NewRecord<T extends ImportTable | 'indicators' | 'sources'> = RecordInput<T> & { id: string };

export type PlannedRecord = { [T in ImportTable]: NewRecord<T> }[ImportTable];

export interface PlannedRow {
  rowNumber: number;
  status: PlannedRowStatus;
  skipReason: SkipReason | null;
  problems: RowProblem[];
  /**
   * The record as it would be written: for a new row the record to create; for a matched row the
   * stored record with the row's values laid over it; for a rejected row whatever could be read.
   */
  record: PlannedRecord;
  /** The stored record the row matched, if any. */
  existingId: string | null;
  /** Fields of a matched record the row would change (empty when unchanged or new). */
  changedFields: string[];
  /** The row's identity in the file (its id, else its natural key); null when blank, and then never matched. */
  matchKey: string | null;
  /** Keys in ImportPlan.fileRecords of the new records this row refers to ("organization:huawei"). */
  needs: string[];
}

/**
 * Records the file introduces (organizations named as parties, indicators, the file as a source),
 * whether or not an accepted row needs them, so re-planning one row after a fix reuses their ids.
 */
export interface FileRecords {
  organizations: Map<string, NewRecord<'organizations'>>;
  indicators: Map<string, NewRecord<'indicators'>>;
  source: NewRecord<'sources'> | null;
}

export interface ImportPlan {
  kind: ImportRecordKind;
  table: ImportTable;
  fileName: string;
  sheetName: string;
  headers: readonly string[];
  rows: PlannedRow[];
  /** Only those some added or updated row refers to; the rest of fileRecords is not written. */
  newOrganizations: NewRecord<'organizations'>[];
  newIndicators: NewRecord<'indicators'>[];
  newSources: NewRecord<'sources'>[];
  counts: Record<PlannedRowStatus, number>;
  columnFormats: ColumnFormat[];
  /** Problems of the mapping rather than of a row: a required field with no column, an unknown field. */
  mappingProblems: string[];
  fileRecords: FileRecords;
}
