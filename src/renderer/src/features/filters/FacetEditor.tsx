import { useEffect, useRef, type KeyboardEvent } from 'react';
import { facetLabels } from './filterChips';
import type { Option } from './filterOptions';
import { OptionPicker } from './OptionPicker';
import { RangeEditor } from './RangeEditor';
import type { Facet, RecordFilter } from './recordFilter';

type OptionFacet = Exclude<Facet, 'year' | 'amount'>;

const fieldOfOptionFacet = {
  kind: 'kind',
  status: 'status',
  sector: 'sector',
  country: 'country',
  party: 'partyId',
  tag: 'tag',
  author: 'author',
  annotated: 'annotated',
} as const satisfies Record<OptionFacet, keyof RecordFilter>;

export type FacetOptions = Record<OptionFacet, Option[]>;

interface FacetEditorProps {
  facet: Facet;
  filter: RecordFilter;
  options: FacetOptions;
  /** Where the popover starts, in pixels from the filter bar's left edge: under its chip or button. */
  left: number;
  onChange: (filter: RecordFilter) => void;
  /**
   * Escape, a value chosen or a range done (focus goes back to the chip), or a click outside (focus
   * stays where the analyst clicked).
   */
  onClose: (returnFocus: boolean) => void;
}

const million = 1_000_000;
const millions = (usd: number | undefined) => (usd === undefined ? undefined : usd / million);
const dollars = (value: number | undefined) => (value === undefined ? undefined : value * million);

/** The popover in which one facet's filter is chosen: a list to pick from, or a range. */
export function FacetEditor({ facet, filter, options, left, onChange, onClose }: FacetEditorProps) {
  const ref = useRef<HTMLDivElement>(null);
  const label = facetLabels[facet];

  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [facet]);
  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose(false);
    };
    window.addEventListener('mousedown', closeOutside);
    return () => window.removeEventListener('mousedown', closeOutside);
  }, [onClose]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    // The editor's Escape is its own: it must not also close the detail pane or clear the selection.
    event.stopPropagation();
    event.preventDefault();
    onClose(true);
  }

  function editor() {
    if (facet === 'year') {
      return (
        <RangeEditor
          from={{ label: 'From year', value: filter.yearFrom, placeholder: '1999' }}
          to={{ label: 'To year', value: filter.yearTo, placeholder: '2025' }}
          onChange={(yearFrom, yearTo) => onChange({ ...filter, yearFrom, yearTo })}
          onDone={() => onClose(true)}
        />
      );
    }
    if (facet === 'amount') {
      return (
        <RangeEditor
          from={{ label: 'Min USD m', value: millions(filter.amountMin), placeholder: '0' }}
          to={{ label: 'Max USD m', value: millions(filter.amountMax), placeholder: '1000' }}
          onChange={(min, max) => onChange({ ...filter, amountMin: dollars(min), amountMax: dollars(max) })}
          onDone={() => onClose(true)}
        />
      );
    }
    const field = fieldOfOptionFacet[facet];
    return (
      <OptionPicker
        label={label}
        options={options[facet]}
        value={filter[field]}
        onChoose={(value) => {
          onChange({ ...filter, [field]: value });
          onClose(true);
        }}
      />
    );
  }

  return (
    <div
      ref={ref}
      className="facet-editor"
      role="dialog"
      aria-label={`Filter by ${label.toLowerCase()}`}
      style={{ left }}
      onKeyDown={onKeyDown}
    >
      {editor()}
    </div>
  );
}
