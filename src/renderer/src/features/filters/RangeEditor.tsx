import { useId, type ChangeEvent } from 'react';

interface Bound {
  label: string;
  value: number | undefined;
  placeholder: string;
}

interface RangeEditorProps {
  from: Bound;
  to: Bound;
  /** Each bound as typed; undefined for an empty box. */
  onChange: (from: number | undefined, to: number | undefined) => void;
  /** Enter in either box: the range is done. */
  onDone: () => void;
}

function BoundInput({
  bound,
  onChange,
  onDone,
}: {
  bound: Bound;
  onChange: (value: number | undefined) => void;
  onDone: () => void;
}) {
  const id = useId();
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value.trim();
    onChange(text === '' || Number.isNaN(Number(text)) ? undefined : Number(text));
  };
  return (
    <div className="filter-field narrow">
      <label htmlFor={id}>{bound.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={bound.value ?? ''}
        placeholder={bound.placeholder}
        onChange={change}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          // Focus goes to the chip: without this, the same key press would reach it and open the editor again.
          event.preventDefault();
          onDone();
        }}
      />
    </div>
  );
}

/** Two bounds of a year or value range; either may stay empty. The table follows each keystroke. */
export function RangeEditor({ from, to, onChange, onDone }: RangeEditorProps) {
  return (
    <div className="range-editor">
      <BoundInput bound={from} onChange={(value) => onChange(value, to.value)} onDone={onDone} />
      <span aria-hidden="true">–</span>
      <BoundInput bound={to} onChange={(value) => onChange(from.value, value)} onDone={onDone} />
    </div>
  );
}
