import { useMemo } from 'react';
import { dealNetwork } from '@shared/insight/dealNetwork';
import { layoutDealNetwork } from '@shared/insight/dealNetworkLayout';
import { formatTotalValue } from '@shared/insight/insightFormat';
import { countryLabel } from '@shared/model/labels';
import { useRecords } from '../records/liveRecords';
import { useChartColors } from '../../ui/charts/chartTheme';
import { InsightChart } from './InsightChart';
import { partyFilter } from './insightFilters';
import type { InsightNavigation } from './insightNavigation';
import { networkOption } from './networkChart';

/** Who works with whom: organizations linked by the deals they share. */
export function NetworkView({ onShowDeals }: Pick<InsightNavigation, 'onShowDeals'>) {
  const { active } = useRecords();
  const colors = useChartColors();
  const { deals, organizations } = active;
  const network = useMemo(() => dealNetwork(deals, organizations), [deals, organizations]);
  // Laid out once per change of the records, so a theme switch or a resize redraws the same picture.
  const places = useMemo(() => layoutDealNetwork(network), [network]);
  const option = useMemo(() => networkOption(network, places, colors), [network, places, colors]);
  const partners = useMemo(() => {
    const names = new Map(network.nodes.map((node) => [node.id, node.name]));
    const byNode = new Map<string, string[]>();
    for (const { source, target } of network.links) {
      byNode.set(source, [...(byNode.get(source) ?? []), names.get(target)!]);
      byNode.set(target, [...(byNode.get(target) ?? []), names.get(source)!]);
    }
    return byNode;
  }, [network]);

  const largest = network.nodes
    .slice(0, 5)
    .map((node) => `${node.name} ${formatTotalValue(node.total)}`)
    .join('; ');
  const hidden =
    network.hiddenNodes > 0
      ? ` The ${network.nodes.length} organizations with the most deal value are shown; ${network.hiddenNodes} more are in the Organizations table.`
      : '';

  return (
    <div className="insight-screen">
      <h2>Network</h2>
      <InsightChart
        title="Who works with whom"
        description={
          network.nodes.length
            ? `${network.nodes.length} organizations linked by ${network.links.length} pairs of parties to the same deals; largest by deal value: ${largest}`
            : 'no deals with parties'
        }
        option={option}
        colors={colors}
        height={600}
        note={`Circles are organizations, sized by the value of their deals; lines join parties to the same deals, thicker for more value. Drag to move, scroll to zoom; click an organization to see its deals.${hidden}`}
        table={{
          columns: ['Organization', 'Country', 'Deal value (USD)', 'Deals', 'Works with'],
          rows: network.nodes.map((node) => ({
            key: node.id,
            cells: [
              node.name,
              countryLabel(node.country),
              formatTotalValue(node.total),
              node.total.deals.toLocaleString('en-US'),
              (partners.get(node.id) ?? []).join(', '),
            ],
            open: () => onShowDeals(partyFilter(node.id)),
          })),
        }}
        onClick={(click) => {
          const node = click.dataType === 'node' && click.dataIndex !== undefined ? network.nodes[click.dataIndex] : undefined;
          if (node) onShowDeals(partyFilter(node.id));
        }}
      />
    </div>
  );
}
