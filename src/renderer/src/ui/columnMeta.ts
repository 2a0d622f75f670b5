import type { ColumnDef, RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The cell as text, where it is shown differently from its sort value (dates, money). */
    text?: (row: TData) => string;
    /**
     * How an export writes the column, beyond numbers as numbers and the rest as shown: US dollars
     * with thousands separators (and the amount as stated beside), a partial date as written with
     * its first day as a real date beside, a calendar day (YYYY-MM-DD) as a real date, or a count of
     * things, headed "Deals (count)" so that an import never reads it as the things themselves.
     */
    exportAs?: 'usd' | 'partial-date' | 'day' | 'count';
    /** The cell as exports write it, where the table's short form would not read back whole ("≈ $700M"). */
    exportText?: (row: TData) => string;
    /** The export's header, where the table's short one would be read back as another field ("Notes"). */
    exportHeader?: string;
    /**
     * For a US dollar column, how exact the amount is ("Approximately", "At least"), written in a column
     * of its own beside the number, so a number that is only an estimate never reads as exact.
     */
    exportQualifier?: (row: TData) => string;
    /**
     * A cell listing names, each shown isolated from the others (bidirectional text), so a name with
     * a right-to-left override cannot reorder its neighbours; the cell's text stays `cellText`'s.
     */
    listItems?: (row: TData) => readonly string[];
    /** Numbers align right so their digits line up. */
    align?: 'end';
    /** Keeps TValue in use so the augmentation matches TanStack's declaration. */
    valueType?: TValue;
  }
}

type Accessible<Row> = ColumnDef<Row, unknown> & { accessorFn?: (row: Row, index: number) => unknown; accessorKey?: string };

/** A cell's text exactly as the table shows it: what copying, filtering and exports use. */
export function cellText<Row>(column: ColumnDef<Row, unknown>, row: Row): string {
  if (column.meta?.text) return column.meta.text(row);
  const accessible = column as Accessible<Row>;
  const value = accessible.accessorFn
    ? accessible.accessorFn(row, 0)
    : accessible.accessorKey
      ? (row as Record<string, unknown>)[accessible.accessorKey]
      : '';
  return value === undefined || value === null ? '' : String(value);
}

/** The sortable value of a cell (a number for amounts and counts), for typed exports. */
export function cellValue<Row>(column: ColumnDef<Row, unknown>, row: Row): unknown {
  const accessible = column as Accessible<Row>;
  if (accessible.accessorFn) return accessible.accessorFn(row, 0);
  if (accessible.accessorKey) return (row as Record<string, unknown>)[accessible.accessorKey];
  return undefined;
}

/**
 * Sorting for columns whose value is an ISO day (2024-03-15): plain string order is date order.
 * Left to itself, TanStack picks its alphanumeric sort for text with digits, which splits both
 * strings with a regular expression on every comparison, of which a sort of 100,000 rows makes millions.
 */
export const isoDaySorting = { sortingFn: 'basic', sortUndefined: 'last' } as const;
