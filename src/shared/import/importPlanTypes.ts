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
import type { ValueChoice } from './valueChoices';

/** Which rows an import may write: new records, changes to stored ones, or both. */
export type ImportMode = 'add-only' | 'update-only' | 'add-and-update';

/**
 * What an update may change in a stored record. 'fill-empty' writes a field only where the stored
 * one is empty (a list only when it has no items); 'overwrite' writes every value the row has
 * (lists gain the row's items). Either way a blank cell never erases, and notes and descriptions
 * the analyst wrote are never replaced (see updatePolicy.ts).
 */
export type UpdatePolicy = 'fill-empty' | 'overwrite';

export interface ImportOptions {
  mode: ImportMode;
  /** Unset is 'fill-empty': an import never changes curated values unless the analyst says so. */
  updatePolicy?: UpdatePolicy;
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
  /** By organizationKey, for names the store does not know: unset keys link a certain match, else create. */
  organizationChoices?: Readonly<Record<string, OrganizationChoice>>;
  /** Readings the analyst chose for values a field does not know, each applied to every row holding it. */
  valueChoices?: readonly ValueChoice[];
}

/**
 * What rows naming an organization the store does not know refer to: a stored organization
 * ('link'), a new one ('create'), or a stored one that gains the file's spelling as an alias.
 */
export type OrganizationChoice =
  { action: 'link'; organizationId: string } | { action: 'create' } | { action: 'alias'; organizationId: string };

/** How a plan settled one organization name (by its key) that the store does not know. */
export interface FileOrganizationName {
  /** The file's first spelling of it. */
  name: string;
  decision: OrganizationChoice;
  /** The analyst's choice, a certain match (see organizationCandidates.ts), or no match: a new organization. */
  decidedBy: 'analyst' | 'certain-match' | 'no-match';
  /** The organization the rows refer to: the new one, or the stored one. */
  organizationId: string;
  /** Where a new organization's country comes from ("the Chinese party column"); null when it has none. */
  countryFrom: string | null;
  /** Where a new organization's kind comes from ("“Embassy” in the Financiers: type column"); null: guessed from its name. */
  kindFrom: string | null;
  /** The name is an organization row's own: that row writes the organization, its alias included. */
  rowWrites?: true;
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
  /** Values of a matched row that the update policy left as stored, so the preview can show them. */
  keptChanges: KeptChange[];
  /** The row's identity in the file (its id, else its natural key); null when blank, and then never matched. */
  matchKey: string | null;
  /** Keys in ImportPlan.fileRecords of the new records this row refers to ("organization:huawei"). */
  needs: string[];
}

/** A value a row has for a stored record's field that the import does not write, and why. */
export interface KeptChange {
  field: string;
  /** What the row would have written. */
  incoming: unknown;
  /** 'filled': the policy is 'fill-empty' and the stored field has a value; 'curated': notes are never replaced. */
  reason: 'filled' | 'curated';
}

/**
 * Records the file introduces (organizations named as parties, indicators, the file as a source),
 * whether or not an accepted row needs them, so re-planning one row after a fix reuses their ids.
 */
export interface FileRecords {
  organizations: Map<string, NewRecord<'organizations'>>;
  /** Every organization name the store does not know, settled once per key for the whole file. */
  organizationNames: Map<string, FileOrganizationName>;
  indicators: Map<string, NewRecord<'indicators'>>;
  source: NewRecord<'sources'> | null;
  /** Sources rows cite in paired URL/title columns, one per link (or untitled link's title): see sourceCitations.ts. */
  citedSources: Map<string, NewRecord<'sources'>>;
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
  /** Stored organizations that gain the file's spelling as an alias, as they would be written. */
  updatedOrganizations: NewRecord<'organizations'>[];
  newIndicators: NewRecord<'indicators'>[];
  newSources: NewRecord<'sources'>[];
  counts: Record<PlannedRowStatus, number>;
  columnFormats: ColumnFormat[];
  /** Problems of the mapping rather than of a row: a required field with no column, an unknown field. */
  mappingProblems: string[];
  fileRecords: FileRecords;
  /** Ids of stored records of this kind no row of a keyed file matched: listed in the preview, never deleted. */
  storedNotInFile: string[];
}
