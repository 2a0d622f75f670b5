import type * as XLSX from 'xlsx';
import { labelOf } from '../model/labels';
import { formatPartialDate } from '../values/partialDate';
import { countsByKind, totalsByPartyCountry, totalsBySector, totalsByYear, type DealTotal } from './dealTotals';
import { latestIndicatorValues } from './indicatorChanges';
import { partialDateCells, type ReportLookups, type ReportRecords } from './reportLookups';
import { sheetFromBlocks, type RowBlock } from './tableWorkbook';
import { setSheetPrintLayout, type SheetPrintLayout } from './xlsxPrintLayout';
import { cellFormats, localDateTime, type TableCell } from './tableCells';

export interface SummaryHeading {
  title: string;
  /** One line per filter the records were chosen by ("Kind: Loan, Joint venture"). */
  filtersDescription: string[];
  author: string;
  generatedAt: Date;
}

export const summaryTitles = {
  byYear: 'Deal value by year',
  byChineseCounterpart: 'Deal value by Chinese counterpart',
  byUzbekParty: 'Deal value by Uzbek party',
  bySector: 'Deal value by sector',
  byKind: 'Deals by kind',
  indicators: 'Latest indicator values',
} as const;

export const allDealsLabel = 'All deals';
const blankRow: TableCell[] = [];

function introBlock({ title, filtersDescription, author, generatedAt }: SummaryHeading): RowBlock {
  const filters = filtersDescription.length > 0 ? filtersDescription : ['All records'];
  return {
    rows: [
      [title],
      ...filters.map((filter, index) => [index === 0 ? 'Built from' : null, filter]),
      ['Generated', localDateTime(generatedAt)],
      ['By', author],
      blankRow,
    ],
    formats: [undefined, cellFormats.dateTime],
  };
}

/** Whether a total is exact: a sum that includes an approximate value or a bound is approximate. */
const totalQualifier = (total: DealTotal) => (total.notExact > 0 ? 'Approximately' : 'Exact');

function totalsBlock(title: string, groupHeader: string, totals: DealTotal[], note: string, withTotalRow = false): RowBlock {
  // With no value stated, the value is unknown rather than zero.
  const row = (total: DealTotal): TableCell[] => {
    const hasUsd = total.withValue > total.unconverted;
    return [
      // A year is a number, so the column sorts and filters as years.
      /^\d{4}$/.test(total.label) ? Number(total.label) : total.label,
      total.deals,
      total.withValue,
      hasUsd ? total.usd : null,
      hasUsd ? totalQualifier(total) : null,
      total.notExact,
      total.unconverted,
    ];
  };
  const sum = (pick: (total: DealTotal) => number) => totals.reduce((acc, total) => acc + pick(total), 0);
  const allDeals: DealTotal = {
    key: allDealsLabel,
    label: allDealsLabel,
    deals: sum((total) => total.deals),
    withValue: sum((total) => total.withValue),
    usd: sum((total) => total.usd),
    notExact: sum((total) => total.notExact),
    notExactUsd: sum((total) => total.notExactUsd),
    unconverted: sum((total) => total.unconverted),
  };
  return {
    rows: [
      [title],
      [
        groupHeader,
        'Deals',
        'With a stated value',
        'Value (USD)',
        'Qualifier',
        'Approximate or bound values',
        'Values not converted to USD',
      ],
      ...totals.map(row),
      ...(withTotalRow ? [row(allDeals)] : []),
      [note],
      blankRow,
    ],
    formats: [undefined, undefined, undefined, cellFormats.usd],
  };
}

const overlapNote = 'so these rows overlap and must not be added up.';
const boundsNote = 'Approximate values and bounds ("more than USD 500 million") are added as stated.';

function indicatorsBlock(records: ReportRecords): RowBlock {
  const latestValues = latestIndicatorValues(records.indicators, records.observations);
  // Thousands grouped; decimals only where a value has them, so counts and dollars read as whole numbers.
  const wholeNumbers = latestValues.every(({ latest, previous, change }) =>
    [latest?.value, previous?.value, change].every((value) => value == null || Number.isInteger(value)),
  );
  const quantityFormat = wholeNumbers ? cellFormats.usd : '#,##0.00';
  const rows = latestValues.map(({ indicator, latest, previous, change, changeRatio }): TableCell[] => [
    indicator.name,
    indicator.unit,
    ...partialDateCells(latest?.period ?? null),
    latest?.value ?? null,
    latest ? labelOf(latest.qualifier) : null,
    previous ? formatPartialDate(previous.period) : null,
    previous?.value ?? null,
    change,
    changeRatio,
  ]);
  return {
    rows: [
      [summaryTitles.indicators],
      [
        'Indicator',
        'Unit',
        'Period',
        'Period (start)',
        'Value',
        'Qualifier',
        'Previous period',
        'Previous value',
        'Change',
        'Change (%)',
      ],
      ...rows,
      ['The change is against the observation before the latest; check that both count the same thing (see Indicators).'],
    ],
    formats: [
      undefined,
      undefined,
      undefined,
      cellFormats.day,
      quantityFormat,
      undefined,
      undefined,
      quantityFormat,
      quantityFormat,
      cellFormats.percent,
    ],
  };
}

/** A block of the summary: its rows, under a title row and (for a table of figures) a row of column headings. */
interface SummaryBlock extends RowBlock {
  hasHeadingRow: boolean;
}

const withHeadings = (block: RowBlock): SummaryBlock => ({ ...block, hasHeadingRow: true });

/** The first sheet of a report: what it was built from, deal totals, and where each indicator stands. */
export function summarySheet(records: ReportRecords, lookups: ReportLookups, heading: SummaryHeading): XLSX.WorkSheet {
  const { deals } = records;
  const blocks: SummaryBlock[] = [
    { ...introBlock(heading), hasHeadingRow: false },
    withHeadings(
      totalsBlock(
        summaryTitles.byYear,
        'Year',
        totalsByYear(deals),
        `A deal dated as a range ("2016–2025") counts in the year it starts. ${boundsNote}`,
        true,
      ),
    ),
    withHeadings(
      totalsBlock(
        summaryTitles.byChineseCounterpart,
        'Chinese counterpart',
        totalsByPartyCountry(deals, 'CN', lookups),
        `Parties whose organization is in China; a deal with several counts for each, ${overlapNote}`,
      ),
    ),
    withHeadings(
      totalsBlock(
        summaryTitles.byUzbekParty,
        'Uzbek party',
        totalsByPartyCountry(deals, 'UZ', lookups),
        `Parties whose organization is in Uzbekistan; a deal with several counts for each, ${overlapNote}`,
      ),
    ),
    withHeadings(
      totalsBlock(
        summaryTitles.bySector,
        'Sector',
        totalsBySector(deals),
        `A deal in several sectors counts in each, ${overlapNote}`,
      ),
    ),
    withHeadings({
      rows: [
        [summaryTitles.byKind],
        ['Kind', 'Deals'],
        ...countsByKind(deals).map(({ label, deals: count }) => [label, count]),
        blankRow,
      ],
    }),
    withHeadings(indicatorsBlock(records)),
  ];
  const sheet = sheetFromBlocks(blocks);
  setSheetPrintLayout(sheet, summaryPrintLayout(blocks));
  return sheet;
}

/** Each block's first row is its title, and the row under it its column headings if it has them. */
function summaryPrintLayout(blocks: readonly SummaryBlock[]): SheetPrintLayout {
  const titleRows: number[] = [];
  const headingRows: number[] = [];
  let firstRow = 1;
  for (const block of blocks) {
    titleRows.push(firstRow);
    if (block.hasHeadingRow) headingRows.push(firstRow + 1);
    firstRow += block.rows.length;
  }
  return { kind: 'summary', titleRows, headingRows };
}
