import { useEffect, useRef } from 'react';
import type { Observation } from '@shared/model/indicator';
import { formatPartialDate } from '@shared/values/partialDate';
import { useChartColors } from '../../ui/charts/chartTheme';
import { echarts } from '../../ui/charts/echarts';
import { formatObservationValue } from './observationFormat';

interface ObservationChartProps {
  title: string;
  unit: string;
  observations: Observation[];
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });

/** An indicator's series as small bars; the observations table beside it is the text fallback. */
export function ObservationChart({ title, unit, observations }: ObservationChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const colors = useChartColors();

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const { text } = colors;
    chart.setOption({
      aria: {
        enabled: true,
        label: {
          description: `${title}: ${observations.map((o) => `${formatPartialDate(o.period)} ${formatObservationValue(o, unit)}`).join('; ')}`,
        },
      },
      animation: false,
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => String(value) },
      xAxis: {
        type: 'category',
        data: observations.map((o) => formatPartialDate(o.period)),
        axisLabel: { color: text, fontSize: 11 },
      },
      yAxis: {
        type: 'value',
        axisLabel: { color: text, fontSize: 11, formatter: (value: number) => compact.format(value) },
        splitLine: { lineStyle: { color: colors.border } },
      },
      series: [{ type: 'bar', data: observations.map((o) => o.value), itemStyle: { color: colors.accent }, barMaxWidth: 36 }],
    });
    return () => chart.dispose();
  }, [title, unit, observations, colors]);

  // ECharts' aria option replaces the name with the chart's data ("Services exports to China: 2024
  // $2.7M; …") once it has drawn; until then an image needs a name of its own.
  return <div ref={ref} className="observation-chart" role="img" aria-label={title} />;
}
