import { externalIdKey, type ExternalId } from '../model/externalId';
import type { RecordOf } from '../model/tables';
import { coerceCell } from './coerceCell';
import { columnLetter } from './columnLabel';
import { externalIdScheme } from './externalIdScheme';
import type { ImportTable } from './importPlanTypes';
import { normalizeHeaderText } from './normalizeHeader';
import type { PlanContext, RowFields } from './planContext';

/** A column mapped to `externalId`, with the scheme its header gives. */
interface ExternalIdColumn {
  column: number;
  scheme: string;
  /** Our own report's column: "AidData GCDF 3.0: 96082; Register No.: 17", each id with its scheme. */
  listsSchemes: boolean;
}

// The header Silk Ledger's report writes (reportSheets.ts), and the field's own label.
const ownHeaderKeys = new Set(['External IDs', 'External ID'].map(normalizeHeaderText));
const textType = { type: 'text' } as const;

// The columns are the same for every row of a plan; a cell fix re-plans with the same context.
const columnsOfContext = new WeakMap<PlanContext, ExternalIdColumn[]>();

function externalIdColumns(context: PlanContext): ExternalIdColumn[] {
  let columns = columnsOfContext.get(context);
  if (!columns) {
    const { mapping, headers } = context.input;
    columns = mapping
      .filter(({ field }) => field === 'externalId')
      .map(({ column }) => {
        const header = headers[column] ?? '';
        return {
          column,
          // A column without a header still names a scheme, so its ids are kept rather than refused.
          scheme: externalIdScheme(header, headers) || `Column ${columnLetter(column)}`,
          listsSchemes: ownHeaderKeys.has(normalizeHeaderText(header)),
        };
      });
    columnsOfContext.set(context, columns);
  }
  return columns;
}

function idsOfCell(text: string, { scheme, listsSchemes }: ExternalIdColumn): ExternalId[] {
  if (!listsSchemes) return [{ scheme, value: text }];
  return text
    .split(';')
    .map((member) => member.trim())
    .filter((member) => member !== '')
    .map((member) => {
      const colon = member.indexOf(': ');
      return colon > 0
        ? { scheme: member.slice(0, colon).trim(), value: member.slice(colon + 2).trim() }
        : { scheme, value: member };
    })
    .filter((id) => id.value !== '');
}

/** The row's external ids: the text of each cell under a column mapped to `externalId`, with the column's scheme. */
export function readExternalIds(fields: RowFields, context: PlanContext): ExternalId[] {
  const ids: ExternalId[] = [];
  for (const column of externalIdColumns(context)) {
    const read = coerceCell(fields.cells[column.column] ?? null, textType);
    if (read.ok && typeof read.value === 'string' && read.value !== '') ids.push(...idsOfCell(read.value, column));
  }
  return ids;
}

/** Natural keys hold no colon and our ids are `id:`-prefixed, so this prefix collides with neither. */
export function externalIdMatchKey(externalId: ExternalId): string {
  return `ext:${externalIdKey(externalId)}`;
}

export interface ExternalIdMatch<T extends ImportTable> {
  externalIds: ExternalId[];
  /** The stored record one of the row's external ids belongs to. */
  existing: RecordOf<T> | undefined;
  /** The row's identity in the file by its first external id; null when it has none. */
  matchKey: string | null;
}

/**
 * Another system's id identifies a row before our id and the natural key do: a ministry's next
 * register, or AidData's next release, finds the records the last one made or updated.
 */
export function matchExternalIds<T extends ImportTable>(fields: RowFields, context: PlanContext): ExternalIdMatch<T> {
  const externalIds = readExternalIds(fields, context);
  let existing: RecordOf<T> | undefined;
  for (const externalId of externalIds) {
    existing = context.store.byExternalId.get(externalIdKey(externalId)) as RecordOf<T> | undefined;
    if (existing) break;
  }
  return { externalIds, existing, matchKey: externalIds.length > 0 ? externalIdMatchKey(externalIds[0]) : null };
}
