import { describe, expect, it } from 'vitest';
import { describeFilter } from './describeFilter';
import { emptyFilter } from './recordFilter';

const names = new Map([['org-1', 'Huawei Technologies']]);
const nameOf = (id: string) => names.get(id) ?? id;

describe('describeFilter', () => {
  it('says nothing for an empty filter', () => {
    expect(describeFilter(emptyFilter, nameOf)).toEqual([]);
    expect(describeFilter({ ...emptyFilter, text: '   ' }, nameOf)).toEqual([]);
  });

  it('names each filter in force in words, with organizations by name', () => {
    expect(
      describeFilter(
        {
          text: ' huawei ',
          kind: 'commercial-contract',
          country: 'CN',
          partyId: 'org-1',
          yearFrom: 2017,
          yearTo: 2024,
          amountMin: 1_500_000,
          tag: 'follow-up',
          annotated: 'yes',
          showDeleted: true,
        },
        nameOf,
      ),
    ).toEqual([
      'Text contains “huawei”',
      'Kind: Commercial contract',
      'Country: China',
      'Party: Huawei Technologies',
      'Years 2017–2024',
      'Value at least USD 1.5 million',
      'Tag: follow-up',
      'With annotations',
      'Deleted records included',
    ]);
  });

  it('describes open-ended and closed ranges once', () => {
    expect(describeFilter({ ...emptyFilter, yearTo: 2015 }, nameOf)).toEqual(['Years up to 2015']);
    expect(describeFilter({ ...emptyFilter, amountMin: 1e6, amountMax: 2.5e8 }, nameOf)).toEqual([
      'Value USD 1 million to USD 250 million',
    ]);
    expect(describeFilter({ ...emptyFilter, amountMax: 5e5 }, nameOf)).toEqual(['Value at most USD 0.5 million']);
  });
});
