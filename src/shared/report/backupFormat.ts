import { z } from 'zod';
import { historyEntrySchema, type HistoryEntry } from '../model/history';
import { checkSetting } from '../model/settings';
import { recordSchemas, type RecordOf, type RecordTable } from '../model/tables';

export const backupFormatName = 'silk-ledger-backup';
/**
 * 2: each sheet starts with columns for people (real dates, amounts, parties and sources in words), and
 * the fields a restore reads follow in hidden columns, numbers as text. 1: the fields only.
 */
export const backupFormatVersion = 2;
/** Versions this code restores: a backup written by an earlier version still restores. */
export const restorableFormatVersions: readonly number[] = [1, 2];
export const aboutSheetName = '_about';

/** A row of the store's settings table: the default dataset's version, saved views and the like. */
export const backupMetaEntrySchema = z.object({ key: z.string().min(1, 'a setting needs a key'), value: z.unknown() }).strict();
export type BackupMetaEntry = z.infer<typeof backupMetaEntrySchema>;

/**
 * A backup's setting as a restore would store it, or why it is left out: a key Silk Ledger does not
 * know, a value its schema refuses (a saved view edited by hand, a damaged file), or a setting kept
 * on each computer rather than with the data.
 */
export function restorableSetting(entry: BackupMetaEntry): { ok: true; entry: BackupMetaEntry } | { ok: false; reason: string } {
  const checked = checkSetting(entry.key, entry.value);
  if (!checked.ok) return { ok: false, reason: checked.reason };
  if (checked.scope === 'computer')
    return { ok: false, reason: `${checked.label} is kept on each computer, not restored from a backup` };
  return { ok: true, entry: { key: entry.key, value: checked.value } };
}

/** Everything a store holds: every record table, the history of changes, and the settings. */
export type BackupDataset = { [T in RecordTable]: RecordOf<T>[] } & { history: HistoryEntry[]; meta: BackupMetaEntry[] };
export type BackupTable = keyof BackupDataset;

const backupSchemas = { ...recordSchemas, history: historyEntrySchema, meta: backupMetaEntrySchema } satisfies Record<
  BackupTable,
  z.ZodType
>;

/** Tables in the order their sheets appear: the things records point at come before the records pointing at them. */
export const backupTables: BackupTable[] = [
  'sources',
  'organizations',
  'deals',
  'indicators',
  'observations',
  'events',
  'annotations',
  'history',
  'meta',
];

export const backupSheetNames: Record<BackupTable, string> = {
  sources: 'Sources',
  organizations: 'Organizations',
  deals: 'Deals',
  indicators: 'Indicators',
  observations: 'Observations',
  events: 'Events',
  annotations: 'Annotations',
  // Excel reserves the sheet name "History" for its change tracking.
  history: 'Change history',
  meta: 'Meta',
};

export function backupSchemaOf(table: BackupTable): z.ZodType {
  return backupSchemas[table];
}

/** The key of the `_about` row that holds a table's record count: "records.deals". */
export const countKey = (table: BackupTable) => `records.${table}`;

/**
 * Fields added to a record after backups were first written, with the value such a record starts
 * with: a backup written before a field has no column for it, and restores with that value.
 */
const startingValuesOfLaterFields: Partial<Record<BackupTable, Readonly<Record<string, () => unknown>>>> = {
  organizations: { externalIds: () => [] },
  deals: { externalIds: () => [] },
};

/** What a record of `table` takes for `field` when the backup has no column for it, or undefined if the column is required. */
export function startingValueOfMissingColumn(table: BackupTable, field: string): (() => unknown) | undefined {
  const fields = startingValuesOfLaterFields[table];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/** The field that tells the rows of a table apart. */
export function keyFieldOf(table: BackupTable): 'id' | 'key' {
  return table === 'meta' ? 'key' : 'id';
}

/**
 * How a field is written: `text` as the text itself, `number` as its digits in a text cell (LibreOffice
 * keeps only 15 significant digits of a number cell), `boolean` as a value that shows TRUE or FALSE,
 * `json` (lists, objects, free-form values) as JSON text.
 */
export type BackupColumnKind = 'text' | 'number' | 'boolean' | 'json';

export interface BackupColumn {
  field: string;
  kind: BackupColumnKind;
  /** An empty cell stands for null. */
  nullable: boolean;
}

const plainKinds: Partial<Record<string, BackupColumnKind>> = {
  string: 'text',
  enum: 'text',
  number: 'number',
  boolean: 'boolean',
};

function columnOf(field: string, schema: z.ZodType): BackupColumn {
  const nullable = schema.type === 'nullable';
  const inner = nullable ? (schema as z.ZodNullable<z.ZodType>).unwrap() : schema;
  const kind = plainKinds[inner.type] ?? 'json';
  // In a nullable column an empty cell is null, so text that may also be empty would be ambiguous: write it as JSON.
  if (kind === 'text' && nullable && inner.safeParse('').success) return { field, kind: 'json', nullable };
  return { field, kind, nullable };
}

/**
 * The columns of every sheet, read off the zod schemas so that a field added to a record is backed up
 * without touching this module.
 */
export const backupColumns = Object.fromEntries(
  backupTables.map((table) => {
    const { shape } = backupSchemas[table] as unknown as z.ZodObject;
    return [table, Object.entries(shape).map(([field, schema]) => columnOf(field, schema))];
  }),
) as Record<BackupTable, BackupColumn[]>;
