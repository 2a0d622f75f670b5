import { sizeByValue, type DealNetwork, type NetworkNode } from './dealNetwork';
import { estimateLabelWidth, layoutNetwork, type PlacedNode } from './networkLayout';

/** Labels beyond this many organizations would crowd the picture; the rest show theirs on hover. */
export const labelledNodes = 30;

/** Circle diameters in pixels, from the organization with the least deal value to the one with the most. */
const smallestCircle = 12;
const largestCircle = 56;

export interface NetworkNodePlace extends PlacedNode {
  /** The circle's diameter in pixels. */
  symbolSize: number;
  labelled: boolean;
}

/**
 * Where each organization of the network is drawn, in the order of `network.nodes`: circles sized
 * by deal value, the largest organizations labelled, no two labels over each other at the chart's
 * narrowest size.
 */
export function layoutDealNetwork(network: DealNetwork): NetworkNodePlace[] {
  const largestNode = Math.max(0, ...network.nodes.map((node) => node.total.usd));
  const largestLink = Math.max(0, ...network.links.map((link) => link.total.usd));
  const sizes = network.nodes.map((node) => sizeByValue(node.total.usd, largestNode, smallestCircle, largestCircle));
  const labelled = (index: number) => index < labelledNodes;
  const placed = layoutNetwork(
    network.nodes.map((node: NetworkNode, index) => ({
      id: node.id,
      radius: sizes[index] / 2,
      labelWidth: labelled(index) ? estimateLabelWidth(node.name) : 0,
    })),
    network.links.map((link) => ({
      source: link.source,
      target: link.target,
      weight: largestLink > 0 ? link.total.usd / largestLink : 0,
    })),
  );
  return placed.map((place, index) => ({ ...place, symbolSize: sizes[index], labelled: labelled(index) }));
}
