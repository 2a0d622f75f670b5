import type { TimelineLayout, TimelineTable } from '@shared/insight/timeline';
import { formatPartialDate } from '@shared/values/partialDate';
import type { ChartColors } from '../../ui/charts/chartTheme';
import { echarts, type EChartsCoreOption } from './insightEcharts';

/** Marks narrower than this (a single day on a 25-year axis) are widened so they can be seen and clicked. */
const smallestMarkWidth = 6;
const labelLimit = 200;
/** Labels run into the margin on the right, so marks near the end keep theirs. */
const labelWidth = 200;

interface RenderParams {
  dataIndex: number;
  coordSys: { x: number; y: number; width: number; height: number };
}
interface RenderApi {
  value(dimension: number): number;
  coord(point: number[]): number[];
  size(point: number[]): number[];
}

export const markColors = (colors: ChartColors): Record<TimelineTable, string> => ({
  deals: colors.accent,
  events: colors.line,
  organizations: colors.china,
});

const precisionWords = { day: 'day', month: 'month', quarter: 'quarter', half: 'half-year', year: 'year' } as const;

/** "Jun–Jul 2023 (known to the month)". */
export function describeDate(date: { unit: keyof typeof precisionWords; start: string; end: string }): string {
  const written = formatPartialDate(date);
  return date.unit === 'day' ? written : `${written} (known to the ${precisionWords[date.unit]})`;
}

/**
 * Every mark as a bar over the days it covers: exact dates solid, dates known only to the month,
 * quarter or year pale with a dashed edge, so the uncertainty is drawn rather than hidden.
 */
export function timelineOption(layout: TimelineLayout, colors: ChartColors, rowHeight: number): EChartsCoreOption {
  const { marks, rows, extent } = layout;
  const fills = markColors(colors);
  const withLabels = marks.length <= labelLimit;
  const padding = extent ? (extent.end - extent.start) * 0.03 : 0;
  const renderItem = (params: RenderParams, api: RenderApi) => {
    const mark = marks[params.dataIndex];
    const from = api.coord([api.value(0), api.value(2)]);
    const to = api.coord([api.value(1), api.value(2)]);
    const height = Math.min(api.size([0, 1])[1] * 0.62, rowHeight * 0.62);
    const width = Math.max(to[0] - from[0], smallestMarkWidth);
    const x = to[0] - from[0] < smallestMarkWidth ? (from[0] + to[0]) / 2 - smallestMarkWidth / 2 : from[0];
    const shape = echarts.graphic.clipRectByRect({ x, y: from[1] - height / 2, width, height }, params.coordSys);
    if (!shape) return null;
    const fill = fills[mark.item.table];
    return {
      type: 'rect',
      shape,
      style: mark.item.approximate
        ? { fill, opacity: 0.4, stroke: fill, lineWidth: 1.5, lineDash: [4, 3] }
        : { fill, stroke: fill, lineWidth: 1 },
      textContent: withLabels
        ? {
            style: { text: mark.item.title, fill: colors.text, fontSize: 11, width: labelWidth, overflow: 'truncate' },
            silent: true,
          }
        : undefined,
      textConfig: withLabels ? { position: 'right', distance: 4 } : undefined,
    };
  };
  return {
    grid: { left: 8, right: labelWidth + 8, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      backgroundColor: colors.surface,
      borderColor: colors.border,
      textStyle: { color: colors.text },
      formatter: (params: { dataIndex: number }) => {
        const { item } = marks[params.dataIndex];
        return `${item.title}\n${item.kind} · ${describeDate(item.date)}`;
      },
    },
    xAxis: {
      type: 'time',
      min: extent ? extent.start - padding : undefined,
      max: extent ? extent.end + padding : undefined,
      axisLabel: { color: colors.text, fontSize: 12, hideOverlap: true },
      axisLine: { lineStyle: { color: colors.border } },
      splitLine: { show: true, lineStyle: { color: colors.border, opacity: 0.6 } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => (row.firstOfLane ? row.lane : '')),
      axisTick: { show: false },
      axisLabel: { color: colors.text, fontSize: 12, width: 190, overflow: 'truncate', interval: 0 },
      axisLine: { lineStyle: { color: colors.border } },
    },
    dataZoom: [
      {
        type: 'slider',
        xAxisIndex: 0,
        filterMode: 'weakFilter',
        height: 22,
        bottom: 12,
        borderColor: colors.border,
        textStyle: { color: colors.text },
        labelFormatter: (value: number) => new Date(value).toISOString().slice(0, 7),
      },
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
    ],
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [0, 1], y: 2 },
        data: marks.map((mark) => [mark.item.start, mark.item.end, mark.row]),
        // Marks are clipped to the plot one by one (clipRectByRect); their labels may run into the margin.
        clip: false,
      },
    ],
  };
}
