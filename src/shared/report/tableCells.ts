/** Tables as the reports and the clipboard carry them, without the spreadsheet library: the window's own
 * bundle builds them, and only the workers and the export load SheetJS to write them. */

/** A value in a table: text, a number, yes or no, a date (see `calendarDay`), or nothing. */
export type TableCell = string | number | boolean | Date | null;

export interface TableColumn {
  header: string;
  /** Spreadsheet number format for the numbers or dates in this column; dates default to `cellFormats.day`. */
  format?: string;
  /** Width in characters, for a column people need not read whole (a record id); otherwise fitted to the content. */
  width?: number;
}

/**
 * Number formats, written so that both Excel and SheetJS's ODS writer understand them: ODS date styles
 * are built from the format, and SheetJS's converter only accepts separators escaped with a backslash.
 */
export const cellFormats = {
  usd: '#,##0',
  day: 'yyyy\\-mm\\-dd',
  dateTime: 'yyyy\\-mm\\-dd\\ hh:mm',
  percent: '0.0%',
} as const;

/** Excel refuses longer text in one cell (SheetJS throws rather than truncate). */
export const cellTextLimit = 32_767;
const formulaLead = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would read as a formula if it were ever re-typed or saved as CSV (OWASP CSV injection). */
export function startsLikeFormula(text: string): boolean {
  return formulaLead.test(text);
}

/** The calendar day as a spreadsheet date: SheetJS writes a Date's UTC fields, so this is the same day in every time zone. */
export function calendarDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** The local wall-clock time of an instant, as a spreadsheet shows it to the analyst who made the file. */
export function localDateTime(instant: Date): Date {
  return new Date(
    Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate(), instant.getHours(), instant.getMinutes()),
  );
}
