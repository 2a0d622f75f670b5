import { useDeferredValue, useMemo } from 'react';
import { dashboardFigures, type TopTotals } from '@shared/insight/dashboardFigures';
import { formatDealCount, formatTotalValue } from '@shared/insight/insightFormat';
import type { DealTotal } from '@shared/report/dealTotals';
import { useRecords, type LiveRecords } from '../records/liveRecords';
import { useChartColors, type ChartColors } from '../../ui/charts/chartTheme';
import { describeTotal, rankedValueOption, valueByYearOption } from './dashboardCharts';
import { WelcomeNameCard } from '../analyst/WelcomeNameCard';
import { HeadlineFigures } from './HeadlineFigures';
import { IndicatorCharts } from './IndicatorCharts';
import { InsightChart, type ChartClick, type ChartTable } from './InsightChart';
import { partyFilter, sectorFilter, yearFilter, type DealsFilter } from './insightFilters';
import type { InsightNavigation } from './insightNavigation';

const approximateNote = 'Pale, dashed bars include approximate values or bounds (“more than USD 500 million”).';

function totalsTable(groupHeader: string, totals: DealTotal[], open: (total: DealTotal) => void): ChartTable {
  return {
    columns: [groupHeader, 'Value (USD)', 'Deals', 'Approximate or bound values'],
    rows: totals.map((total) => ({
      key: total.key,
      cells: [
        total.label,
        <data value={total.usd}>{formatTotalValue(total)}</data>,
        <data value={total.deals}>{total.deals.toLocaleString('en-US')}</data>,
        total.notExact,
      ],
      open: () => open(total),
    })),
  };
}

/** The group a click on a bar or on its axis label stands for. */
function clickedTotal(totals: DealTotal[], click: ChartClick): DealTotal | undefined {
  if (click.componentType === 'series' && click.dataIndex !== undefined) return totals[click.dataIndex];
  if (click.componentType.endsWith('Axis')) return totals.find((total) => total.label === click.value);
  return undefined;
}

function hiddenNote(top: TopTotals, what: string): string {
  return top.hiddenGroups > 0
    ? ` The ${top.shown.length} largest are shown; ${top.hiddenGroups} more ${what} (${formatDealCount(top.hiddenDeals)}) are in the table.`
    : '';
}

function RankedChart(props: {
  title: string;
  groupHeader: string;
  top: TopTotals;
  note: string;
  colors: ChartColors;
  filterOf: (total: DealTotal) => DealsFilter;
  onShowDeals: (filter: DealsFilter) => void;
}) {
  const { title, top, colors, filterOf, onShowDeals } = props;
  const option = useMemo(() => rankedValueOption(top.shown, colors), [top, colors]);
  const open = (total: DealTotal) => onShowDeals(filterOf(total));
  return (
    <InsightChart
      title={title}
      description={top.shown.length ? top.shown.map(describeTotal).join('; ') : 'no deals'}
      option={option}
      colors={colors}
      height={Math.max(120, top.shown.length * 30 + 24)}
      note={props.note}
      table={totalsTable(props.groupHeader, top.shown, open)}
      onClick={(click) => {
        const total = clickedTotal(top.shown, click);
        if (total) open(total);
      }}
    />
  );
}

/**
 * What the store adds up to: headline figures, deal value by year, counterpart and sector, and every
 * indicator. The window opens on it, and adding up 100,000 deals is more than one frame's work: the
 * screen is shown first and the figures follow in a render of their own, which a click elsewhere (the
 * Deals table) does not wait for.
 */
export function Dashboard(navigation: InsightNavigation) {
  const { active } = useRecords();
  const records = useDeferredValue(active, null);
  if (!records) {
    return (
      <div className="insight-screen" aria-busy="true">
        <h2>Dashboard</h2>
        <p className="insight-pending">Adding up {active.deals.length.toLocaleString('en-US')} deals…</p>
      </div>
    );
  }
  return <DashboardFigures records={records} {...navigation} />;
}

function DashboardFigures({ records, onShowDeals, onOpenRecord }: InsightNavigation & { records: LiveRecords }) {
  const colors = useChartColors();
  const { organizations, deals, indicators, observations } = records;
  const figures = useMemo(
    () => dashboardFigures({ organizations, deals, indicators, observations }),
    [organizations, deals, indicators, observations],
  );
  const yearOption = useMemo(() => valueByYearOption(figures.byYear, colors), [figures, colors]);
  const openYear = (total: DealTotal) => onShowDeals(yearFilter(total));

  return (
    <div className="insight-screen">
      <h2>Dashboard</h2>
      <WelcomeNameCard />
      <HeadlineFigures figures={figures.headline} />
      <div className="insight-grid">
        <InsightChart
          title="Deal value and count by year"
          description={figures.byYear.length ? figures.byYear.map(describeTotal).join('; ') : 'no deals'}
          option={yearOption}
          colors={colors}
          height={280}
          note={`A deal dated as a range (“2016–2025”) counts in the year it starts. ${approximateNote}`}
          table={totalsTable('Year', figures.byYear, openYear)}
          onClick={(click) => {
            const total = clickedTotal(figures.byYear, click);
            if (total) openYear(total);
          }}
        />
        <RankedChart
          title="Deal value by Chinese counterpart"
          groupHeader="Chinese counterpart"
          top={figures.byChineseCounterpart}
          note={`Parties registered in China; a deal with several counts for each.${hiddenNote(figures.byChineseCounterpart, 'counterparts')}`}
          colors={colors}
          filterOf={(total) => partyFilter(total.key)}
          onShowDeals={onShowDeals}
        />
        <RankedChart
          title="Deal value by sector"
          groupHeader="Sector"
          top={figures.bySector}
          note={`A deal in several sectors counts in each.${hiddenNote(figures.bySector, 'sectors')}`}
          colors={colors}
          filterOf={sectorFilter}
          onShowDeals={onShowDeals}
        />
      </div>
      <IndicatorCharts indicators={figures.indicators} colors={colors} onOpenRecord={onOpenRecord} />
    </div>
  );
}
