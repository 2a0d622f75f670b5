import type { CellValue } from '@shared/import/workbookTypes';

/** A cell as the preview shows it: dates as ISO days (they are UTC instants), the rest as typed. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
