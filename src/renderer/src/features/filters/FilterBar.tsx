import { useId, useMemo, type ChangeEvent } from 'react';
import type { AnyRow } from '@shared/model/tableRows';
import type { TableIndex } from '../records/liveRecords';
import { usePaintedValue } from '../../ui/usePaintedValue';
import { filterOptions, type Option } from './filterOptions';
import { activeFilterCount, emptyFilter, type Facet, type RecordFilter } from './recordFilter';

interface FilterBarProps {
  label: string;
  facets: Facet[];
  rows: AnyRow[];
  index: TableIndex;
  filter: RecordFilter;
  onChange: (filter: RecordFilter) => void;
}

const noRows: AnyRow[] = [];

function Choice(props: {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string | undefined) => void;
}) {
  // Label and control are siblings tied by id: a <select> inside its <label> would add the chosen
  // option's text to the control's accessible name.
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value || undefined)}>
        <option value="">Any</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function NumberInput(props: {
  label: string;
  value: number | undefined;
  placeholder: string;
  onChange: (value: number | undefined) => void;
}) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value.trim();
    props.onChange(value === '' || Number.isNaN(Number(value)) ? undefined : Number(value));
  };
  const id = useId();
  return (
    <div className="filter-field narrow">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={props.value ?? ''}
        placeholder={props.placeholder}
        onChange={onChange}
      />
    </div>
  );
}

/** A filter set from a chart that has no control of its own: shown so the analyst sees it and can drop it. */
function FilterChip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <span className="filter-chip">
      {label}
      <button type="button" className="icon-button" aria-label={`Remove filter: ${label}`} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

const million = 1_000_000;

/** The filters above a table: a quick text filter and one control per facet of this record kind. */
export function FilterBar({ label, facets, rows, index, filter, onChange }: FilterBarProps) {
  // Each option list scans every row: worked out when the table changes, not on each keystroke.
  // The choices come in a render of their own after the table is painted: going through 100,000
  // deals for them was a fifth of the time from the deals' rows to the table at startup.
  const rowsForOptions = usePaintedValue(rows, noRows);
  const options = useMemo(() => filterOptions(rowsForOptions, index), [rowsForOptions, index]);
  const set = (changes: Partial<RecordFilter>) => onChange({ ...filter, ...changes });
  const has = (facet: Facet) => facets.includes(facet);
  const inUse = activeFilterCount(filter);

  return (
    <div className="filter-bar" role="search" aria-label={`Filter ${label.toLowerCase()}`}>
      <label className="filter-field wide">
        <span>Filter</span>
        <input
          type="search"
          value={filter.text}
          placeholder={`Filter ${label.toLowerCase()}…`}
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      {has('kind') && <Choice label="Kind" value={filter.kind} options={options.kind} onChange={(kind) => set({ kind })} />}
      {has('status') && (
        <Choice label="Status" value={filter.status} options={options.status} onChange={(status) => set({ status })} />
      )}
      {has('sector') && (
        <Choice label="Sector" value={filter.sector} options={options.sector} onChange={(sector) => set({ sector })} />
      )}
      {has('country') && (
        <Choice label="Country" value={filter.country} options={options.country} onChange={(country) => set({ country })} />
      )}
      {has('party') && (
        <Choice label="Party" value={filter.partyId} options={options.party} onChange={(partyId) => set({ partyId })} />
      )}
      {has('year') && (
        <>
          <NumberInput label="From year" value={filter.yearFrom} placeholder="1999" onChange={(yearFrom) => set({ yearFrom })} />
          <NumberInput label="To year" value={filter.yearTo} placeholder="2025" onChange={(yearTo) => set({ yearTo })} />
        </>
      )}
      {has('amount') && (
        <>
          <NumberInput
            label="Min USD m"
            value={filter.amountMin === undefined ? undefined : filter.amountMin / million}
            placeholder="0"
            onChange={(value) => set({ amountMin: value === undefined ? undefined : value * million })}
          />
          <NumberInput
            label="Max USD m"
            value={filter.amountMax === undefined ? undefined : filter.amountMax / million}
            placeholder="1000"
            onChange={(value) => set({ amountMax: value === undefined ? undefined : value * million })}
          />
        </>
      )}
      {has('tag') && <Choice label="Tag" value={filter.tag} options={options.tag} onChange={(tag) => set({ tag })} />}
      {has('author') && (
        <Choice label="Author" value={filter.author} options={options.author} onChange={(author) => set({ author })} />
      )}
      {has('annotated') && (
        <Choice
          label="Annotated"
          value={filter.annotated}
          options={[
            { value: 'yes', label: 'With annotations' },
            { value: 'no', label: 'Without annotations' },
          ]}
          onChange={(annotated) => set({ annotated: annotated as RecordFilter['annotated'] })}
        />
      )}
      <label className="filter-check">
        <input type="checkbox" checked={filter.showDeleted} onChange={(event) => set({ showDeleted: event.target.checked })} />
        Show deleted
      </label>
      {filter.startYear !== undefined && (
        <FilterChip label={`Starts in ${filter.startYear}`} onRemove={() => set({ startYear: undefined })} />
      )}
      {filter.without && (
        <FilterChip
          label={filter.without === 'date' ? 'Without a date' : 'Without a sector'}
          onRemove={() => set({ without: undefined })}
        />
      )}
      {inUse > 0 && (
        <button type="button" onClick={() => onChange({ ...emptyFilter, text: filter.text })}>
          Clear {inUse} {inUse === 1 ? 'filter' : 'filters'}
        </button>
      )}
    </div>
  );
}
