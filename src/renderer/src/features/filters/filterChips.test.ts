import { describe, expect, it } from 'vitest';
import { filterChips, unusedFacets, withoutChip } from './filterChips';
import { emptyFilter, facetsByTable } from './recordFilter';

const nameOf = (id: string) => (id === 'org-1' ? 'Uzbektelecom' : id);
const deals = facetsByTable.deals;

describe('filterChips', () => {
  it('shows no chip for an empty filter or one with only the quick filter’s text', () => {
    expect(filterChips(emptyFilter, deals, nameOf)).toEqual([]);
    expect(filterChips({ ...emptyFilter, text: 'huawei' }, deals, nameOf)).toEqual([]);
  });

  it('makes one chip per facet in force, in the table’s facet order, a range as one chip', () => {
    const chips = filterChips(
      { ...emptyFilter, partyId: 'org-1', yearFrom: 2018, yearTo: 2024, status: 'signed' },
      deals,
      nameOf,
    );
    expect(chips).toEqual([
      { id: 'status', label: 'Status: Signed', editable: 'status' },
      { id: 'party', label: 'Party: Uzbektelecom', editable: 'party' },
      { id: 'year', label: 'Years 2018–2024', editable: 'year' },
    ]);
  });

  it('shows filters a chart set, and deleted records shown, as chips that can only be removed', () => {
    const chips = filterChips({ ...emptyFilter, startYear: 2016, without: 'sector', showDeleted: true }, deals, nameOf);
    expect(chips.map((chip) => [chip.label, chip.editable])).toEqual([
      ['Starts in 2016', undefined],
      ['Without a sector', undefined],
      ['Deleted records included', undefined],
    ]);
  });
});

describe('withoutChip and unusedFacets', () => {
  it('removes every field of a chip and offers its facet again', () => {
    const filter = { ...emptyFilter, text: 'tele', amountMin: 1e6, amountMax: 5e8, kind: 'joint-venture', showDeleted: true };
    expect(unusedFacets(filter, deals)).not.toContain('amount');
    const rest = withoutChip(withoutChip(filter, 'amount'), 'showDeleted');
    expect(rest).toEqual({ ...emptyFilter, text: 'tele', kind: 'joint-venture' });
    expect(unusedFacets(rest, deals)).toEqual(deals.filter((facet) => facet !== 'kind'));
  });
});
