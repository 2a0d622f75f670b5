import { describe, expect, it } from 'vitest';
import { deal, organization, usd } from '../search/searchFixtures.testHelpers';
import { moneyFromNumber } from '../values/money';
import { dealNetwork, sizeByValue } from './dealNetwork';

const uzbektelecom = organization({ name: 'Uzbektelecom', country: 'UZ' });
const huawei = organization({ name: 'Huawei', country: 'CN' });
const zte = organization({ name: 'ZTE', country: 'CN' });
const beeline = organization({ name: 'Beeline', country: 'UZ' });
const organizations = [uzbektelecom, huawei, zte, beeline];

const deals = [
  deal({
    parties: [
      { organizationId: uzbektelecom.id, role: 'beneficiary' },
      { organizationId: huawei.id, role: 'contractor' },
      { organizationId: huawei.id, role: 'financier' },
    ],
    money: moneyFromNumber(700_000_000, 'USD', 'approximately'),
  }),
  deal({
    parties: [
      { organizationId: huawei.id, role: 'supplier' },
      { organizationId: uzbektelecom.id, role: 'signatory' },
    ],
    money: usd(50_000_000),
  }),
  deal({
    parties: [
      { organizationId: beeline.id, role: 'beneficiary' },
      { organizationId: zte.id, role: 'supplier' },
      { organizationId: uzbektelecom.id, role: 'partner' },
    ],
  }),
];

describe('deal network', () => {
  const network = dealNetwork(deals, organizations);

  it('makes a node of every party, with the value of its deals, largest first', () => {
    expect(network.nodes.map((node) => [node.name, node.country, node.total.deals, node.total.usd])).toEqual([
      ['Uzbektelecom', 'UZ', 3, 750_000_000],
      ['Huawei', 'CN', 2, 750_000_000],
      ['Beeline', 'UZ', 1, 0],
      ['ZTE', 'CN', 1, 0],
    ]);
    expect(network.hiddenNodes).toBe(0);
  });

  it('links every two parties of a deal once, adding up the deals they share', () => {
    const name = (id: string) => organizations.find((organization) => organization.id === id)!.name;
    const links = network.links.map((link) => [[name(link.source), name(link.target)].sort().join('–'), link.total.deals]);
    expect(links.sort()).toEqual([
      ['Beeline–Uzbektelecom', 1],
      ['Beeline–ZTE', 1],
      ['Huawei–Uzbektelecom', 2],
      ['Uzbektelecom–ZTE', 1],
    ]);
    const shared = network.links.find((link) => link.total.deals === 2)!;
    expect(shared.total.usd).toBe(750_000_000);
    expect(shared.total.notExactUsd).toBe(700_000_000);
  });

  it('keeps only the organizations with the most value, and the links among them', () => {
    const small = dealNetwork(deals, organizations, 3);
    expect(small.nodes.map((node) => node.name)).toEqual(['Uzbektelecom', 'Huawei', 'Beeline']);
    expect(small.hiddenNodes).toBe(1);
    expect(small.links.every((link) => link.source !== zte.id && link.target !== zte.id)).toBe(true);
    expect(small.links).toHaveLength(2);
  });
});

describe('sizes by value', () => {
  it('grows the area with the value, between the smallest and the largest size', () => {
    expect(sizeByValue(0, 100, 10, 50)).toBe(10);
    expect(sizeByValue(100, 100, 10, 50)).toBe(50);
    expect(sizeByValue(25, 100, 10, 50)).toBe(30);
    expect(sizeByValue(5, 0, 10, 50)).toBe(10);
  });
});
