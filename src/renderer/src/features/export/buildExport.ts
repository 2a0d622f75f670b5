import type { ReportRecords } from '@shared/report/reportLookups';
import { buildReportWorkbook } from '@shared/report/reportWorkbook';
import { scopeReportRecords } from '@shared/report/scopeReportRecords';
import { buildTableCsv } from '@shared/report/tableCsv';
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

/** The file an export writes, for the analyst's choice of rows, columns and format. */
export function buildExport(choice: ExportChoice, context: ExportContext): BuiltExport {
  const { view, generatedAt } = context;
  const day = generatedAt.toISOString().slice(0, 10);
  const noTable = 'There is no table on screen to export; open a table first, or export all records as a workbook.';
  if (choice.format === 'csv') {
    if (!view) throw new Error(noTable);
    const rows = choice.scope === 'view' ? view.rows : (context.all[view.table] as CurrentView['rows']);
    const table = viewTableOf(view.label, view.columns, choice.onlyShownColumns ? view.visibility : {}, rows, view.sorting);
    const headers = table.columns.map((column) => column.header);
    return { suggestedName: `silk-ledger-${view.table}-${day}.csv`, format: 'csv', bytes: buildTableCsv(headers, table.rows) };
  }
  if (choice.scope === 'view' && !view) throw new Error(noTable);
  const { format } = choice;
  const viewed = choice.scope === 'view' ? view : null;
  const records =
    choice.scope === 'view' && viewed
      ? scopeReportRecords(context.all, viewed.table, sortedLikeTable(viewed.rows, viewed.columns, viewed.sorting) as never)
      : context.all;
  const replaceSheets =
    choice.scope === 'view' && viewed && choice.onlyShownColumns
      ? [viewTableOf(viewed.label, viewed.columns, viewed.visibility, viewed.rows, viewed.sorting)]
      : [];
  const bytes = buildReportWorkbook({
    records,
    title: context.title,
    filtersDescription: scopeLines(choice, view),
    author: context.author,
    generatedAt,
    format,
    replaceSheets,
  });
  const subject = choice.scope === 'view' && viewed ? viewed.table : 'report';
  return { suggestedName: `silk-ledger-${subject}-${day}.${format}`, format, bytes };
}
