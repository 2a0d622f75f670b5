import { describe, expect, it } from 'vitest';
import { typesByName } from './typesByName';

describe('types paired with names by position', () => {
  it('gives each name the type at its place, blank members keeping their places', () => {
    expect(typesByName('A|B|C', 'Bank||Embassy')).toEqual(
      new Map([
        ['A', 'Bank'],
        ['C', 'Embassy'],
      ]),
    );
    expect(typesByName('China Railway Tunnel Group|Uzbekistan Temir Yollari', '|State-owned Company')).toEqual(
      new Map([['Uzbekistan Temir Yollari', 'State-owned Company']]),
    );
    expect(typesByName('Government of Malaysia| Sarawak State Government ', 'Government Agency|')).toEqual(
      new Map([['Government of Malaysia', 'Government Agency']]),
    );
  });

  it('splits on the separator either cell holds, and reads a single name with its single type', () => {
    expect(typesByName('Huawei; ZTE', 'Private Sector; State-owned Company')).toEqual(
      new Map([
        ['Huawei', 'Private Sector'],
        ['ZTE', 'State-owned Company'],
      ]),
    );
    expect(typesByName('Embassy of China', 'Embassy')).toEqual(new Map([['Embassy of China', 'Embassy']]));
    // Legal names hold commas; types are not split on them either.
    expect(typesByName('Huawei Technologies Co., Ltd.', 'NGO/CSO, Foundation')).toEqual(
      new Map([['Huawei Technologies Co., Ltd.', 'NGO/CSO, Foundation']]),
    );
  });

  it('gives no name a type when the counts differ, since the places no longer say whose it is', () => {
    expect(typesByName('A|B|C', 'Bank|Embassy')).toEqual(new Map());
    expect(typesByName('A', 'Bank|Embassy')).toEqual(new Map());
  });
});
