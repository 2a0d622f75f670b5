import { z } from 'zod';
import type { ImportRecordKind } from '../import/fieldSynonyms';
import type { PlannedRowStatus } from '../import/importPlanTypes';
import type { ValueChoice } from '../import/valueChoices';
import { timestampSchema } from './record';
import { savedViewsSchema, uniquelyNamed, visibleNameSchema } from './savedView';
import { recordTables, type RecordTable } from './tables';

/** The name history entries, annotations and backups are signed with. */
export const analystNameSchema = z
  .string()
  .trim()
  .min(1, 'expected a name')
  .max(200, 'expected a name of at most 200 characters');

/** The screen the window showed last ("dashboard", "deals", …); one this release does not have opens the Dashboard. */
export const lastScreenSchema = z.string().min(1, 'expected the name of a screen').max(100, 'expected the name of a screen');

/** The detail pane's width in CSS pixels as the analyst dragged it; the window narrows it further when it must. */
export const detailPaneWidthSchema = z
  .number()
  .int('expected whole pixels')
  .min(200, 'expected at least 200 pixels')
  .max(2000, 'expected at most 2000 pixels');

/** Kept in the store's settings after a restore, so the analyst can see where the data came from. */
export const restoreNoteSchema = z
  .object({
    fileName: z.string(),
    restoredAt: timestampSchema,
    restoredBy: z.string(),
    /** As the backup's _about sheet says: empty, or whatever a spreadsheet program left there, in older backups. */
    backupMadeAt: z.string(),
    backupMadeBy: z.string(),
  })
  .strict();
export type RestoreNote = z.infer<typeof restoreNoteSchema>;

/** Says that the store was once filled with the default dataset, so it is never filled again. */
export const seedMarkerSchema = z.object({ datasetVersion: z.string().min(1), loadedAt: timestampSchema }).strict();
export type SeedMarker = z.infer<typeof seedMarkerSchema>;

// Listed here rather than imported: fieldSynonyms.ts holds every header synonym, which the window
// need not load to read its settings. settings.test.ts checks that the two lists agree.
export const mappingPresetKinds = [
  'deals',
  'organizations',
  'observations',
  'events',
] as const satisfies readonly ImportRecordKind[];

/** How the analyst read a value a field does not know: "Completion" as the status completed (null: empty). */
export const valueChoiceSchema = z
  .object({ field: z.string().min(1), text: z.string().min(1), replacement: z.string().min(1).nullable() })
  .strict() satisfies z.ZodType<ValueChoice>;

/** A named column mapping, offered again when a file with the same headers comes. */
export const mappingPresetSchema = z
  .object({
    name: visibleNameSchema,
    /** headerSignature() of the headers it was made for. */
    signature: z.string(),
    kind: z.enum(mappingPresetKinds),
    /** The field of each column, by column index; null leaves the column out. */
    fields: z.array(z.string().min(1).nullable()),
    /**
     * The headers `fields` belong to, in the same order, so the preset applies to reordered columns by
     * header (presetFieldsFor). Optional: presets saved before it was kept apply by position.
     */
    headers: z.array(z.string()).optional(),
    /** Optional: presets saved before value choices existed have none. */
    valueChoices: z.array(valueChoiceSchema).optional(),
  })
  .strict();
export type MappingPreset = z.infer<typeof mappingPresetSchema>;

const rowCount = z.number().int().nonnegative();

/** What one import wrote, kept beside the batch id its history entries carry. */
export const importBatchSchema = z
  .object({
    batchId: z.string().min(1),
    fileName: z.string(),
    sheetName: z.string(),
    at: timestampSchema,
    actor: z.string(),
    counts: z
      .object({ added: rowCount, updated: rowCount, unchanged: rowCount, rejected: rowCount, skipped: rowCount })
      .strict() satisfies z.ZodType<Record<PlannedRowStatus, number>>,
  })
  .strict();
export type ImportBatch = z.infer<typeof importBatchSchema>;

/**
 * Where a setting belongs. `data` settings describe the records (saved views, mappings, the record
 * of an import): a backup saves them and a restore replaces them. `computer` settings belong to
 * whoever sits at this computer (their name, the screen they left): a restore of a colleague's
 * backup must not sign the next change with the colleague's name, so backups leave them out.
 */
export type SettingScope = 'data' | 'computer';

interface SettingDefinition {
  /** What the setting is, for messages. */
  label: string;
  schema: z.ZodType;
  scope: SettingScope;
}

export const analystNameKey = 'analyst-name';
/** Set when the analyst chose not to give a name at first start, so the app does not ask again. */
export const analystNameSkippedKey = 'analyst-name-skipped';
export const lastScreenKey = 'last-screen';
export const detailPaneWidthKey = 'detail-pane-width';
export const lastRestoreKey = 'last-restore';
export const seedMarkerKey = 'default-dataset';
export const mappingPresetsKey = 'import-mapping-presets';

/** Settings kept once per store, under a fixed key. */
const singleSettings = {
  [analystNameKey]: { label: 'the analyst’s name', schema: analystNameSchema, scope: 'computer' },
  [analystNameSkippedKey]: { label: 'the choice not to give a name', schema: z.literal(true), scope: 'computer' },
  [lastScreenKey]: { label: 'the screen shown last', schema: lastScreenSchema, scope: 'computer' },
  [detailPaneWidthKey]: { label: 'the width of the detail pane', schema: detailPaneWidthSchema, scope: 'computer' },
  [lastRestoreKey]: { label: 'the note of the last restore', schema: restoreNoteSchema, scope: 'data' },
  [seedMarkerKey]: { label: 'the default dataset’s marker', schema: seedMarkerSchema, scope: 'data' },
  [mappingPresetsKey]: { label: 'the saved column mappings', schema: uniquelyNamed(mappingPresetSchema), scope: 'data' },
} as const satisfies Record<string, SettingDefinition>;

/** Settings kept once per something, under `<family>:<id>`: the saved views of each table, the record of each import. */
const settingFamilies = {
  'saved-views': {
    label: 'the saved views of a table',
    id: z.enum(recordTables as [RecordTable, ...RecordTable[]]),
    schema: savedViewsSchema,
    scope: 'data',
  },
  'import-batch': { label: 'the record of an import', id: z.string().min(1), schema: importBatchSchema, scope: 'data' },
} as const satisfies Record<string, SettingDefinition & { id: z.ZodType<string> }>;

export const savedViewsKey = <T extends RecordTable>(table: T) => `saved-views:${table}` as const;
export const importBatchKey = (batchId: string) => `import-batch:${batchId}` as const;

type Singles = typeof singleSettings;
type Families = typeof settingFamilies;

/** The value type of every setting key, inferred from the schemas. */
export type SettingValues = { [K in keyof Singles]: z.output<Singles[K]['schema']> } & {
  [F in keyof Families as `${F}:${z.output<Families[F]['id']>}`]: z.output<Families[F]['schema']>;
};
export type SettingKey = keyof SettingValues & string;
export type SettingValue<K extends SettingKey> = SettingValues[K];

/** The keys of the settings kept per computer: a backup leaves them out and a restore keeps them. */
export const computerSettingKeys: readonly string[] = Object.entries(singleSettings)
  .filter(([, definition]) => definition.scope === 'computer')
  .map(([key]) => key);

function definitionOf(key: string): SettingDefinition | undefined {
  // Own keys only: a key such as "constructor" must not find Object.prototype's.
  if (Object.hasOwn(singleSettings, key)) return singleSettings[key as keyof Singles];
  const separator = key.indexOf(':');
  const family = key.slice(0, separator);
  if (separator < 0 || !Object.hasOwn(settingFamilies, family)) return undefined;
  const definition: SettingDefinition & { id: z.ZodType<string> } = settingFamilies[family as keyof Families];
  return definition.id.safeParse(key.slice(separator + 1)).success ? definition : undefined;
}

export interface SettingIssue {
  /** Dotted path inside the value ("0.filter.yearFrom"), or "(value)" for the value as a whole. */
  field: string;
  message: string;
}

export type SettingCheck<T> =
  | { ok: true; value: T; label: string; scope: SettingScope }
  | { ok: false; reason: string; label: string; issues: SettingIssue[] };

/**
 * Checks a value against the schema of its key. A key no schema covers is refused: nothing can
 * be said about what it holds. The value returned is the schema's output (a name trimmed).
 */
export function checkSetting<K extends SettingKey>(key: K, value: unknown): SettingCheck<SettingValue<K>>;
export function checkSetting(key: string, value: unknown): SettingCheck<unknown>;
export function checkSetting(key: string, value: unknown): SettingCheck<unknown> {
  const definition = definitionOf(key);
  if (!definition) {
    const unknown = 'Silk Ledger has no such setting';
    return { ok: false, reason: unknown, label: `the setting “${key}”`, issues: [{ field: '(key)', message: unknown }] };
  }
  const parsed = definition.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data, label: definition.label, scope: definition.scope };
  const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(value)', message: issue.message }));
  const details = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return { ok: false, reason: `its value is not valid for ${definition.label} (${details})`, label: definition.label, issues };
}
