import { describe, expect, it } from 'vitest';
import datasetJson from '../../../resources/default-dataset.json';
import { datasetSchema } from '../model/dataset';
import { dealNetwork } from './dealNetwork';
import { layoutDealNetwork } from './dealNetworkLayout';
import {
  boxOf,
  estimateLabelWidth,
  labelText,
  layoutNetwork,
  longestLabel,
  networkFrame,
  type LinkToPlace,
  type NodeToPlace,
  type PlacedNode,
} from './networkLayout';

const dataset = datasetSchema.parse(datasetJson);
const network = dealNetwork(dataset.deals, dataset.organizations);
const nodesOfNetwork: NodeToPlace[] = layoutDealNetwork(network).map((place, index) => ({
  id: place.id,
  radius: place.symbolSize / 2,
  labelWidth: place.labelled ? estimateLabelWidth(network.nodes[index].name) : 0,
}));

const boxesOf = (nodes: NodeToPlace[], placed: PlacedNode[]) =>
  placed.map((place, index) => ({ id: place.id, ...boxOf(nodes[index], place, place.labelSide) }));

function overlappingPairs(nodes: NodeToPlace[], placed: PlacedNode[]): string[] {
  const boxes = boxesOf(nodes, placed);
  return boxes.flatMap((a, index) =>
    boxes
      .slice(index + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${a.id} / ${b.id}`),
  );
}

function boxesOutsideFrame(nodes: NodeToPlace[], placed: PlacedNode[]): string[] {
  const tolerance = 0.1; // positions are rounded to a tenth of a pixel
  return boxesOf(nodes, placed)
    .filter(
      (box) =>
        box.left < -tolerance ||
        box.top < -tolerance ||
        box.right > networkFrame.width + tolerance ||
        box.bottom > networkFrame.height + tolerance,
    )
    .map((box) => box.id);
}

/** Many organizations with long names, all linked to a few large ones: more crowded than any real store. */
function crowdedNetwork(count: number): { nodes: NodeToPlace[]; links: LinkToPlace[] } {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `organization-${index}`,
    radius: index < 4 ? 28 - index * 4 : 6,
    labelWidth: index % 3 === 0 ? longestLabel : estimateLabelWidth(`Company ${index}`),
  }));
  const links = nodes.slice(4).map((node, index) => ({ source: nodes[index % 4].id, target: node.id, weight: (index % 5) / 4 }));
  return { nodes, links };
}

describe('network layout', () => {
  it('places the same records at the same points every time', () => {
    const first = layoutDealNetwork(network);
    const again = layoutDealNetwork(dealNetwork(dataset.deals, dataset.organizations));
    expect(again).toEqual(first);
    expect(new Set(first.map((place) => `${place.x} ${place.y}`)).size).toBe(first.length);
  });

  it('keeps every circle and its label clear of the others, inside the frame, for the default dataset', () => {
    const placed = layoutDealNetwork(network);
    expect(placed.every((place) => place.labelled)).toBe(true);
    expect(overlappingPairs(nodesOfNetwork, placed)).toEqual([]);
    expect(boxesOutsideFrame(nodesOfNetwork, placed)).toEqual([]);
  });

  it('puts a label on the side away from its partners', () => {
    const nodes = [
      { id: 'hub', radius: 20, labelWidth: 60 },
      { id: 'east-1', radius: 6, labelWidth: 0 },
      { id: 'east-2', radius: 6, labelWidth: 0 },
    ];
    const links = [
      { source: 'hub', target: 'east-1', weight: 1 },
      { source: 'hub', target: 'east-2', weight: 1 },
    ];
    const [hub, ...partners] = layoutNetwork(nodes, links);
    const partnersX = partners.reduce((sum, partner) => sum + partner.x, 0) / partners.length;
    expect(hub.labelSide).toBe(partnersX > hub.x ? 'left' : 'right');
  });

  it('keeps a crowded network inside its frame with no label cut off', () => {
    const { nodes, links } = crowdedNetwork(60);
    const placed = layoutNetwork(nodes, links);
    expect(placed).toHaveLength(60);
    expect(placed.every((place) => Number.isFinite(place.x) && Number.isFinite(place.y))).toBe(true);
    expect(boxesOutsideFrame(nodes, placed)).toEqual([]);
  });

  it('places nothing for an empty network and one organization alone in the middle of the frame', () => {
    expect(layoutNetwork([], [])).toEqual([]);
    const [alone] = layoutNetwork([{ id: 'alone', radius: 10, labelWidth: 40 }], []);
    expect(alone).toMatchObject({ x: networkFrame.width / 2, y: networkFrame.height / 2 });
  });

  it('ignores links to organizations that are not placed', () => {
    const nodes = [{ id: 'placed', radius: 10, labelWidth: 40 }];
    expect(layoutNetwork(nodes, [{ source: 'placed', target: 'left-out', weight: 1 }])).toEqual(layoutNetwork(nodes, []));
  });

  it('estimates wide characters wider and caps a long name at the longest label', () => {
    expect(estimateLabelWidth('华为技术')).toBeGreaterThan(estimateLabelWidth('Huawei'));
    expect(estimateLabelWidth('Ministry of Industry and Information Technology of China')).toBe(longestLabel);
  });

  it('cuts a long name to the longest label by the same estimate, the same way every time', () => {
    const long = 'Ministry of Industry and Information Technology of China';
    const cut = labelText(long);
    expect(cut).toMatch(/^Ministry of Industry.*…$/);
    expect(estimateLabelWidth(cut)).toBeLessThanOrEqual(longestLabel);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(labelText('Huawei')).toBe('Huawei');
    expect(labelText('华为技术有限公司华为技术有限公司')).toMatch(/^华为.*…$/);
  });
});
