import isDeepEqual from 'fast-deep-equal';
import type { ImportTable, KeptChange, UpdatePolicy } from './importPlanTypes';

export const defaultUpdatePolicy: UpdatePolicy = 'fill-empty';

/**
 * Free text the analyst writes and keeps up by hand. A file may fill it where it is empty but never
 * replaces it, whatever the policy: a re-imported list once replaced three organizations' notes.
 */
const curatedTextFields: { [T in ImportTable]: readonly string[] } = {
  deals: ['description'],
  organizations: ['notes'],
  observations: ['notes'],
  events: ['description'],
};

/**
 * Fields that group values a file gives in separate columns (IT Park status and since): each part
 * is filled on its own, so a residency whose date is unknown gains the date and keeps its status.
 */
export const fieldParts: { [T in ImportTable]?: Readonly<Record<string, readonly string[]>> } = {
  organizations: { itParkResidency: ['status', 'since', 'asOf'] },
};

/** Stored values that say nothing is known, so a file that knows better fills them like a blank. */
const placeholders: { [T in ImportTable]?: Readonly<Record<string, unknown>> } = {
  deals: { status: 'unknown' },
};

/**
 * Other systems' ids for a record (a register number, a dataset's record id) say which record it is,
 * not what the analyst curated: a record always gains a file's id for it, so the next import of that
 * file matches by it. Planners only add ids, never replace one.
 */
const identifierFields = new Set(['externalIds']);

/** Empty: null, blank text, a list with no items, or a placeholder such as a deal's status "unknown". */
export function isEmptyValue(table: ImportTable, field: string, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' && value.trim() === '') return true;
  if (Array.isArray(value) && value.length === 0) return true;
  return placeholders[table]?.[field] === value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a changed stored value stays as it is, or null when the row's value is written. */
function reasonToKeep(table: ImportTable, field: string, stored: unknown, policy: UpdatePolicy): KeptChange['reason'] | null {
  if (isEmptyValue(table, field, stored) || identifierFields.has(field)) return null;
  if (curatedTextFields[table].includes(field)) return 'curated';
  return policy === 'fill-empty' ? 'filled' : null;
}

/**
 * Lays the update policy over a matched record the planner built (the stored record with the row's
 * values over it): every field the policy does not let the row change gets its stored value back.
 * Changes `record` in place and returns what it kept, with the row's values, for the preview.
 * Lists count as filled once they have an item: under 'fill-empty' a stored list gains nothing, so
 * "fill empty fields only" means what it says for sectors, aliases and parties too; under
 * 'overwrite' they gain the row's items (planners never drop an item).
 */
export function applyUpdatePolicy(
  table: ImportTable,
  stored: Readonly<Record<string, unknown>>,
  record: Record<string, unknown>,
  policy: UpdatePolicy,
): KeptChange[] {
  const kept: KeptChange[] = [];
  for (const field of Object.keys(record)) {
    const incoming = record[field];
    if (field === 'id' || isDeepEqual(stored[field], incoming)) continue;
    const parts = fieldParts[table]?.[field];
    const storedValue = stored[field];
    if (parts && isPlainObject(storedValue) && isPlainObject(incoming)) {
      const merged = { ...incoming };
      for (const part of parts) {
        if (isDeepEqual(storedValue[part], incoming[part])) continue;
        const reason = reasonToKeep(table, `${field}.${part}`, storedValue[part], policy);
        if (reason === null) continue;
        kept.push({ field: `${field}.${part}`, incoming: incoming[part], reason });
        merged[part] = storedValue[part];
      }
      record[field] = isDeepEqual(merged, storedValue) ? storedValue : merged;
      continue;
    }
    const reason = reasonToKeep(table, field, storedValue, policy);
    if (reason === null) continue;
    kept.push({ field, incoming, reason });
    record[field] = storedValue;
  }
  return kept;
}
