import { formatDealCount, formatTotalValue, formatUsd } from '@shared/insight/insightFormat';
import type { Observation } from '@shared/model/indicator';
import type { DealTotal } from '@shared/report/dealTotals';
import { formatPartialDate } from '@shared/values/partialDate';
import { formatCompactNumber } from '@shared/values/numberFormat';
import { formatObservationValue } from '../indicators/observationFormat';
import { translucent, type ChartColors } from '../../ui/charts/chartTheme';
import type { EChartsCoreOption } from './insightEcharts';

const axisText = (colors: ChartColors) => ({ color: colors.text, fontSize: 12 });
const splitLine = (colors: ChartColors) => ({ lineStyle: { color: colors.border } });
const tooltipStyle = (colors: ChartColors) => ({
  backgroundColor: colors.surface,
  borderColor: colors.border,
  textStyle: { color: colors.text },
  // Labels are the analyst's data: ECharts writes tooltip strings as HTML, so render them as plain text.
  renderMode: 'richText',
});

/** A bar's style: groups with approximate values or bounds are drawn pale with a dashed edge. */
function barStyle(total: DealTotal, colors: ChartColors) {
  return total.notExact > 0
    ? { color: translucent(colors.accent, 0.45), borderColor: colors.accent, borderWidth: 1.5, borderType: 'dashed' }
    : { color: colors.accent };
}

/** "2016: ≈ $700M, 1 deal". */
export function describeTotal(total: DealTotal): string {
  if (total.deals === 0) return `${total.label}: no deals`;
  return `${total.label}: ${formatTotalValue(total)}, ${formatDealCount(total.deals)}`;
}

/** Deal value as bars and deal count as a line, one category per year. */
export function valueByYearOption(totals: DealTotal[], colors: ChartColors): EChartsCoreOption {
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, right: 0, textStyle: axisText(colors), data: ['Value (USD)', 'Deals'] },
    tooltip: {
      trigger: 'axis',
      ...tooltipStyle(colors),
      formatter: (params: Array<{ dataIndex: number }>) => describeTotal(totals[params[0].dataIndex]),
    },
    xAxis: {
      type: 'category',
      data: totals.map((total) => total.label),
      // Every year is labelled while they fit; hideOverlap thins them out over long spans.
      axisLabel: { ...axisText(colors), interval: 0, hideOverlap: true },
      axisLine: { lineStyle: { color: colors.border } },
      triggerEvent: true,
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: { ...axisText(colors), formatter: (value: number) => formatUsd(value) },
        splitLine: splitLine(colors),
      },
      {
        type: 'value',
        minInterval: 1,
        axisLabel: { ...axisText(colors), formatter: (value: number) => formatCompactNumber(value) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: 'Value (USD)',
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color: colors.accent },
        data: totals.map((total) => ({ value: total.usd, itemStyle: barStyle(total, colors) })),
      },
      {
        name: 'Deals',
        type: 'line',
        yAxisIndex: 1,
        symbol: 'circle',
        symbolSize: 9,
        itemStyle: { color: colors.line },
        // Dots without a line: years without deals are gaps, not a drop to be joined.
        lineStyle: { width: 0 },
        data: totals.map((total) => (total.deals > 0 ? total.deals : '-')),
      },
    ],
  };
}

/** Groups as horizontal bars, largest on top, each labelled with its value and deal count. */
export function rankedValueOption(totals: DealTotal[], colors: ChartColors): EChartsCoreOption {
  return {
    grid: { left: 8, right: 150, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      ...tooltipStyle(colors),
      formatter: (params: { dataIndex: number }) => describeTotal(totals[params.dataIndex]),
    },
    xAxis: {
      type: 'value',
      axisLabel: { ...axisText(colors), formatter: (value: number) => formatUsd(value), hideOverlap: true },
      splitLine: splitLine(colors),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: totals.map((total) => total.label),
      axisLabel: { ...axisText(colors), width: 200, overflow: 'truncate' },
      axisLine: { lineStyle: { color: colors.border } },
      triggerEvent: true,
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        // A group with no stated value still gets a sliver to click.
        barMinHeight: 4,
        label: {
          show: true,
          position: 'right',
          color: colors.text,
          formatter: (params: { dataIndex: number }) => {
            const total = totals[params.dataIndex];
            return `${formatTotalValue(total)} · ${formatDealCount(total.deals)}`;
          },
        },
        data: totals.map((total) => ({ value: total.usd, itemStyle: barStyle(total, colors) })),
      },
    ],
  };
}

/** An indicator's observations as bars, one per period. */
export function indicatorOption(series: Observation[], unit: string, colors: ChartColors): EChartsCoreOption {
  return {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      ...tooltipStyle(colors),
      formatter: (params: { dataIndex: number }) => {
        const observation = series[params.dataIndex];
        return `${formatPartialDate(observation.period)}: ${formatObservationValue(observation, unit)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: series.map((observation) => formatPartialDate(observation.period)),
      axisLabel: { ...axisText(colors), hideOverlap: true },
      axisLine: { lineStyle: { color: colors.border } },
    },
    yAxis: {
      type: 'value',
      axisLabel: {
        ...axisText(colors),
        formatter: (value: number) => (unit === 'USD' ? formatUsd(value) : formatCompactNumber(value)),
      },
      splitLine: splitLine(colors),
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color: colors.accent },
        label: {
          show: series.length <= 8,
          position: 'top',
          color: colors.text,
          formatter: (params: { dataIndex: number }) => formatObservationValue(series[params.dataIndex], unit),
        },
        data: series.map((observation) => observation.value),
      },
    ],
  };
}
