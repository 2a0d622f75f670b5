import type { ReportRecords } from '@shared/report/reportLookups';
import type { SpreadsheetFormat } from '@shared/report/spreadsheetFile';
import { buildTableCsv } from '@shared/report/tableCsv';
import type { WorkbookExportRequest } from '@shared/report/workbookExport';
import type { CurrentView } from './currentView';
import { sortedLikeTable } from '../../ui/sortRows';
import { viewTableOf } from './viewTable';

export type ExportScope = 'all' | 'view';
export type ReportFormat = 'xlsx' | 'ods' | 'csv';

export interface ExportChoice {
  scope: ExportScope;
  /** Only the columns the table shows, or the report's full set. */
  onlyShownColumns: boolean;
  format: ReportFormat;
}

export interface ExportContext {
  all: ReportRecords;
  /** Null when no table is on screen: then only the whole store can be exported, and not as CSV. */
  view: CurrentView | null;
  title: string;
  author: string;
  generatedAt: Date;
}

export interface BuiltExport {
  suggestedName: string;
  format: ReportFormat;
  bytes: Uint8Array;
}

export const allRecordsLine = 'All records in the store';

/** What the summary says the report holds: which rows of which table, by which filters, with which columns. */
export function scopeLines(choice: ExportChoice, view: CurrentView | null): string[] {
  if (choice.scope === 'all' || !view) return [allRecordsLine];
  const shown = `${view.label}: ${view.rows.length.toLocaleString('en-US')} of ${view.totalRows.toLocaleString('en-US')} records, as filtered in the table`;
  const columns = choice.onlyShownColumns ? [`${view.label} sheet: only the columns shown in the table`] : [];
  return [shown, ...view.filterLines, ...columns];
}

/**
 * What an export writes: a CSV of the current table is made here at once; a report workbook is
 * described, to be built where the records are read (the store's worker), since at 100,000
 * records it takes seconds that would otherwise freeze the window.
 */
export type PlannedExport =
  | { kind: 'file'; file: BuiltExport }
  | { kind: 'workbook'; suggestedName: string; format: SpreadsheetFormat; request: WorkbookExportRequest };

export function planExport(choice: ExportChoice, context: ExportContext): PlannedExport {
  const { view, generatedAt } = context;
  const day = generatedAt.toISOString().slice(0, 10);
  const noTable = 'There is no table on screen to export; open a table first, or export all records as a workbook.';
  if (choice.format === 'csv') {
    if (!view) throw new Error(noTable);
    const rows = choice.scope === 'view' ? view.rows : (context.all[view.table] as CurrentView['rows']);
    const table = viewTableOf(view.label, view.columns, choice.onlyShownColumns ? view.visibility : {}, rows, view.sorting);
    const headers = table.columns.map((column) => column.header);
    const bytes = buildTableCsv(headers, table.rows);
    return { kind: 'file', file: { suggestedName: `silk-ledger-${view.table}-${day}.csv`, format: 'csv', bytes } };
  }
  if (choice.scope === 'view' && !view) throw new Error(noTable);
  const viewed = choice.scope === 'view' ? view : null;
  const request: WorkbookExportRequest = {
    format: choice.format,
    title: context.title,
    author: context.author,
    generatedAt,
    filtersDescription: scopeLines(choice, view),
    view: viewed
      ? {
          table: viewed.table,
          orderedIds: sortedLikeTable(viewed.rows, viewed.columns, viewed.sorting).map((record) => record.id),
        }
      : null,
    replaceSheets:
      viewed && choice.onlyShownColumns
        ? [viewTableOf(viewed.label, viewed.columns, viewed.visibility, viewed.rows, viewed.sorting)]
        : [],
  };
  const subject = viewed ? viewed.table : 'report';
  return { kind: 'workbook', suggestedName: `silk-ledger-${subject}-${day}.${choice.format}`, format: choice.format, request };
}
