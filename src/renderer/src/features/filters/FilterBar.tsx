import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnyRow } from '@shared/model/tableRows';
import type { TableIndex } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';
import { usePaintedValue } from '../../ui/usePaintedValue';
import { AddFilterMenu } from './AddFilterMenu';
import { FacetEditor, type FacetOptions } from './FacetEditor';
import { filterChips, unusedFacets, withoutChip, type ChipId } from './filterChips';
import { FilterChipView } from './FilterChipView';
import { filterOptions } from './filterOptions';
import { emptyFilter, type Facet, type RecordFilter } from './recordFilter';
import './filters.css';

interface FilterBarProps {
  label: string;
  facets: Facet[];
  rows: AnyRow[];
  index: TableIndex;
  filter: RecordFilter;
  onChange: (filter: RecordFilter) => void;
}

const noRows: AnyRow[] = [];
const annotatedOptions = [
  { value: 'yes', label: 'With annotations' },
  { value: 'no', label: 'Without annotations' },
];
/** The editor's width in filters.css: it opens under its chip but never past the bar's right edge. */
const editorWidth = 300;

/**
 * The filters above a table on one line, as Airtable and Linear lay them out: the quick text filter,
 * a chip per filter in force, "Add filter" and "Clear all". One line whatever is set, so the table
 * below never moves when the detail pane opens or a filter is added.
 */
export function FilterBar({ label, facets, rows, index, filter, onChange }: FilterBarProps) {
  // Each option list scans every row: worked out when the table changes, not on each keystroke.
  // The choices come in a render of their own after the table is painted: going through 100,000
  // deals for them was a fifth of the time from the deals' rows to the table at startup.
  const rowsForOptions = usePaintedValue(rows, noRows);
  const options = useMemo<FacetOptions>(
    () => ({ ...filterOptions(rowsForOptions, index), annotated: annotatedOptions }),
    [rowsForOptions, index],
  );
  const barRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ facet: Facet; left: number }>();
  // Where focus goes once the chips are drawn again: a chip's label, or the Add filter button.
  const focusAfterRender = useRef<ChipId | 'add'>(undefined);
  const chips = filterChips(filter, facets, (id) => recordNameOf(index, id));
  const anyInForce = chips.length > 0 || filter.text.trim() !== '';

  // After every render: the change that asked for focus (a chip removed, an editor closed) has just been drawn.
  useEffect(() => {
    if (!focusAfterRender.current) return;
    const bar = barRef.current;
    const target =
      bar?.querySelector<HTMLElement>(`[data-chip="${focusAfterRender.current}"] button.filter-chip-label`) ??
      bar?.querySelector<HTMLElement>('.add-filter');
    target?.focus();
    focusAfterRender.current = undefined;
  });

  function edit(facet: Facet, anchor: HTMLElement) {
    const bar = barRef.current!.getBoundingClientRect();
    const left = anchor.getBoundingClientRect().left - bar.left;
    setEditing({ facet, left: Math.max(0, Math.min(left, bar.width - editorWidth)) });
  }

  const closeEditor = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus && editing) focusAfterRender.current = editing.facet;
      setEditing(undefined);
    },
    [editing],
  );

  function remove(id: ChipId) {
    if (editing?.facet === id) setEditing(undefined);
    onChange(withoutChip(filter, id));
    focusAfterRender.current = 'add';
  }

  return (
    <div ref={barRef} className="filter-bar" role="search" aria-label={`Filter ${label.toLowerCase()}`}>
      <input
        type="search"
        className="quick-filter"
        aria-label="Filter"
        value={filter.text}
        placeholder={`Filter ${label.toLowerCase()}…`}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      {chips.length > 0 && (
        <div className="filter-chips">
          {chips.map((chip) => (
            <FilterChipView
              key={chip.id}
              chip={chip}
              editing={editing?.facet === chip.id}
              onEdit={(anchor) => (editing?.facet === chip.id ? setEditing(undefined) : edit(chip.editable!, anchor))}
              onRemove={() => remove(chip.id)}
            />
          ))}
        </div>
      )}
      <AddFilterMenu
        facets={unusedFacets(filter, facets)}
        showingDeleted={filter.showDeleted}
        onChoose={edit}
        onShowDeleted={() => onChange({ ...filter, showDeleted: true })}
      />
      {anyInForce && (
        <button type="button" className="clear-filters" onClick={() => onChange(emptyFilter)}>
          Clear all
        </button>
      )}
      {editing && (
        <FacetEditor
          facet={editing.facet}
          filter={filter}
          options={options}
          left={editing.left}
          onChange={onChange}
          onClose={closeEditor}
        />
      )}
    </div>
  );
}
