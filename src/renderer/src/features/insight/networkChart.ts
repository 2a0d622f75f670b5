import { sizeByValue, type DealNetwork } from '@shared/insight/dealNetwork';
import { formatDealCount, formatTotalValue } from '@shared/insight/insightFormat';
import { countryLabel } from '@shared/model/labels';
import type { ChartColors } from '../../ui/charts/chartTheme';
import type { EChartsCoreOption } from './insightEcharts';

export const countryGroups = ['China', 'Uzbekistan', 'Elsewhere or unknown'] as const;

export function countryGroupOf(country: string | null): number {
  return country === 'CN' ? 0 : country === 'UZ' ? 1 : 2;
}

/** Labels beyond this many nodes would pile up; the rest show theirs on hover. */
const labelledNodes = 30;

/** Organizations as circles sized by the value of their deals, coloured by country, linked by shared deals. */
export function networkOption(network: DealNetwork, colors: ChartColors): EChartsCoreOption {
  const { nodes, links } = network;
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const largestNode = Math.max(0, ...nodes.map((node) => node.total.usd));
  const largestLink = Math.max(0, ...links.map((link) => link.total.usd));
  const palette = [colors.china, colors.uzbekistan, colors.otherCountry];
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
        layout: 'force',
        // Circular starting places make the layout the same every time the same records are drawn.
        force: { initLayout: 'circular', repulsion: 520, gravity: 0.16, edgeLength: [60, 150], layoutAnimation: false },
        roam: true,
        draggable: true,
        top: 48,
        bottom: 32,
        left: 32,
        right: 180,
        categories: countryGroups.map((name, index) => ({ name, itemStyle: { color: palette[index] } })),
        label: { position: 'right', color: colors.text, fontSize: 12, width: 180, overflow: 'truncate' },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
        lineStyle: { color: colors.muted, opacity: 0.6, curveness: 0.08 },
        data: nodes.map((node, index) => ({
          id: node.id,
          name: node.name,
          value: node.total.usd,
          category: countryGroupOf(node.country),
          symbolSize: sizeByValue(node.total.usd, largestNode, 12, 56),
          label: { show: index < labelledNodes },
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
