import type { RecordOf } from '../model/tables';
import type { Money } from '../values/money.schema';
import type { PartialDate } from '../values/partialDate.schema';
import type { ImportTable, NewRecord } from './importPlanTypes';
import type { PlanContext, RowFields } from './planContext';

/** One row turned into a record, and the stored record it describes, if any. */
export interface BuiltRecord<T extends ImportTable> {
  record: NewRecord<T>;
  existing: RecordOf<T> | undefined;
  /** The row's identity in the file; null when its key fields are blank, and then it never matches. */
  matchKey: string | null;
  needs: string[];
}

/**
 * What planning a row needs to know about one kind of record. Every `buildRecord` lays the row's
 * values over the stored record it matches (or over defaults for a new one) and only where the
 * row has a value: a blank cell never overwrites a stored value (Grist's merge behaves the same;
 * #1162). Lists (parties, sectors, aliases, citations) gain the row's items and lose none, since a
 * sheet rarely lists everything the analyst has recorded.
 */
export interface KindPlanner<T extends ImportTable> {
  table: T;
  /** Fields every record needs; the mapping is reported when one has no column. */
  requiredFields: readonly string[];
  /** The import fields each record field is read from, so a schema problem points at a column. */
  sourceFields: Readonly<Record<string, readonly string[]>>;
  /** What two rows with the same key share, for the duplicate message: "the same title, date and parties". */
  sameness(byId: boolean): string;
  naturalKeyOf(record: RecordOf<T>): string | null;
  buildRecord(fields: RowFields, context: PlanContext): BuiltRecord<T>;
}

/** Natural keys are built from normalized words, which hold no colon, so this prefix cannot collide with one. */
export function idMatchKey(id: string): string {
  return `id:${id}`;
}

/** Whether a row was identified by an id, ours or another system's (see externalIdMatch.ts), rather than its natural key. */
export function isIdMatchKey(key: string): boolean {
  return key.startsWith('id:') || key.startsWith('ext:');
}

/** A stored record as an import's starting point: the data layer stamps times itself. */
export function withoutStamps<T extends ImportTable>(record: RecordOf<T>): NewRecord<T> {
  const { createdAt: _created, updatedAt: _updated, deletedAt: _deleted, ...rest } = record;
  return rest as unknown as NewRecord<T>;
}

export function textValue(fields: RowFields, field: string): string | null {
  const value = fields.values[field];
  return typeof value === 'string' ? value : null;
}

export function listValue(fields: RowFields, field: string): string[] {
  const value = fields.values[field];
  return Array.isArray(value) ? value : [];
}

export function dateValue(fields: RowFields, field: string): PartialDate | null {
  const value = fields.values[field];
  return value !== null && typeof value === 'object' && 'unit' in value ? value : null;
}

export function moneyValue(fields: RowFields, field: string): Money | null {
  const value = fields.values[field];
  return value !== null && typeof value === 'object' && 'currency' in value ? value : null;
}

export function numberValue(fields: RowFields, field: string): number | null {
  const value = fields.values[field];
  return typeof value === 'number' ? value : null;
}

/** `base` with the items of `added` it lacks; `base` itself when it lacks none, so nothing looks changed. */
export function unionBy<T>(base: readonly T[], added: readonly T[], identity: (item: T) => string): T[] {
  if (added.length === 0) return base as T[];
  const present = new Set(base.map(identity));
  const missing = added.filter((item) => {
    const key = identity(item);
    if (present.has(key)) return false;
    present.add(key);
    return true;
  });
  return missing.length === 0 ? (base as T[]) : [...base, ...missing];
}
