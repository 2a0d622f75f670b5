import type * as XLSX from 'xlsx';
import { formatPartialDate } from '../values/partialDate';
import { countsByKind, totalsByPartyCountry, totalsBySector, totalsByYear, type DealTotal } from './dealTotals';
import { latestIndicatorValues } from './indicatorChanges';
import { partialDateCells, type ReportLookups, type ReportRecords } from './reportLookups';
import { sheetFromBlocks, type RowBlock } from './tableWorkbook';
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

function totalsBlock(title: string, groupHeader: string, totals: DealTotal[], note: string, withTotalRow = false): RowBlock {
  // With no value stated, the value is unknown rather than zero.
  const row = (total: DealTotal): TableCell[] => [
    total.label,
    total.deals,
    total.withValue,
    total.withValue > total.unconverted ? total.usd : null,
    total.notExact,
    total.unconverted,
  ];
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
      [groupHeader, 'Deals', 'With a stated value', 'Value (USD)', 'Approximate or bound values', 'Values not converted to USD'],
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
  const rows = latestIndicatorValues(records.indicators, records.observations).map(
    ({ indicator, latest, previous, change, changeRatio }): TableCell[] => [
      indicator.name,
      indicator.unit,
      ...partialDateCells(latest?.period ?? null),
      latest?.value ?? null,
      previous ? formatPartialDate(previous.period) : null,
      previous?.value ?? null,
      change,
      changeRatio,
    ],
  );
  return {
    rows: [
      [summaryTitles.indicators],
      ['Indicator', 'Unit', 'Period', 'Period (start)', 'Value', 'Previous period', 'Previous value', 'Change', 'Change (%)'],
      ...rows,
      ['The change is against the observation before the latest; check that both count the same thing (see Indicators).'],
    ],
    formats: [undefined, undefined, undefined, cellFormats.day, undefined, undefined, undefined, undefined, cellFormats.percent],
  };
}

/** The first sheet of a report: what it was built from, deal totals, and where each indicator stands. */
export function summarySheet(records: ReportRecords, lookups: ReportLookups, heading: SummaryHeading): XLSX.WorkSheet {
  const { deals } = records;
  return sheetFromBlocks([
    introBlock(heading),
    totalsBlock(
      summaryTitles.byYear,
      'Year',
      totalsByYear(deals),
      `A deal dated as a range ("2016–2025") counts in the year it starts. ${boundsNote}`,
      true,
    ),
    totalsBlock(
      summaryTitles.byChineseCounterpart,
      'Chinese counterpart',
      totalsByPartyCountry(deals, 'CN', lookups),
      `Parties whose organization is in China; a deal with several counts for each, ${overlapNote}`,
    ),
    totalsBlock(
      summaryTitles.byUzbekParty,
      'Uzbek party',
      totalsByPartyCountry(deals, 'UZ', lookups),
      `Parties whose organization is in Uzbekistan; a deal with several counts for each, ${overlapNote}`,
    ),
    totalsBlock(
      summaryTitles.bySector,
      'Sector',
      totalsBySector(deals),
      `A deal in several sectors counts in each, ${overlapNote}`,
    ),
    {
      rows: [
        [summaryTitles.byKind],
        ['Kind', 'Deals'],
        ...countsByKind(deals).map(({ label, deals: count }) => [label, count]),
        blankRow,
      ],
    },
    indicatorsBlock(records),
  ]);
}
