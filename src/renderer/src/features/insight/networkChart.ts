import { sizeByValue, type DealNetwork } from '@shared/insight/dealNetwork';
import type { NetworkNodePlace } from '@shared/insight/dealNetworkLayout';
import { labelText } from '@shared/insight/networkLayout';
import { formatDealCount, formatTotalValue } from '@shared/insight/insightFormat';
import { countryLabel } from '@shared/model/labels';
import type { ChartColors } from '../../ui/charts/chartTheme';
import type { EChartsCoreOption } from './insightEcharts';

export const countryGroups = ['China', 'Uzbekistan', 'Elsewhere or unknown'] as const;

export function countryGroupOf(country: string | null): number {
  return country === 'CN' ? 0 : country === 'UZ' ? 1 : 2;
}

/**
 * Organizations as circles sized by the value of their deals, coloured by country, linked by shared
 * deals, drawn where `places` puts them so the picture is the same on every visit and at every size.
 */
export function networkOption(network: DealNetwork, places: NetworkNodePlace[], colors: ChartColors): EChartsCoreOption {
  const { nodes, links } = network;
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const largestLink = Math.max(0, ...links.map((link) => link.total.usd));
  const palette = [colors.china, colors.uzbekistan, colors.otherCountry];
  // Cut here rather than by the label's `width`, which would make every label's box (and its backing) that wide.
  const shortNames = nodes.map((node) => labelText(node.name));
  return {
    legend: { top: 0, left: 0, textStyle: { color: colors.text }, data: [...countryGroups] },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      backgroundColor: colors.surface,
      borderColor: colors.border,
      textStyle: { color: colors.text },
      formatter: (params: { dataType: string; dataIndex: number }) => {
        if (params.dataType === 'edge') {
          const link = links[params.dataIndex];
          return `${names.get(link.source)} – ${names.get(link.target)}\n${formatTotalValue(link.total)} · ${formatDealCount(link.total.deals)} together`;
        }
        const node = nodes[params.dataIndex];
        return `${node.name} (${countryLabel(node.country) || 'country unknown'})\n${formatTotalValue(node.total)} · ${formatDealCount(node.total.deals)}`;
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        // Scaled alike in both directions, so circles stay round and the picture keeps its shape.
        preserveAspect: true,
        roam: true,
        draggable: true,
        // Room for the largest circle and, at the top, the legend; labels point inwards, so they fit too.
        top: 56,
        bottom: 32,
        left: 32,
        right: 32,
        categories: countryGroups.map((name, index) => ({ name, itemStyle: { color: palette[index] } })),
        // A backing in the chart's own colour keeps a label readable where a line passes behind it.
        label: {
          color: colors.text,
          fontSize: 12,
          backgroundColor: colors.surface,
          borderRadius: 2,
          formatter: (params: { dataIndex: number }) => shortNames[params.dataIndex],
        },
        // Should the chart be narrower than the layout's frame, a label that would cover another is hidden
        // (the larger organization keeps its label) and shows on hover.
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', label: { show: true }, lineStyle: { width: 4 } },
        lineStyle: { color: colors.muted, opacity: 0.6, curveness: 0.08 },
        data: nodes.map((node, index) => ({
          id: node.id,
          name: node.name,
          value: node.total.usd,
          category: countryGroupOf(node.country),
          x: places[index].x,
          y: places[index].y,
          symbolSize: places[index].symbolSize,
          label: { show: places[index].labelled, position: places[index].labelSide },
        })),
        links: links.map((link) => ({
          source: link.source,
          target: link.target,
          value: link.total.usd,
          lineStyle: { width: sizeByValue(link.total.usd, largestLink, 1, 6) },
        })),
      },
    ],
  };
}
