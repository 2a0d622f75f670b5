import { useRef, type ReactNode } from 'react';
import './form.css';

interface RowListProps {
  legend: string;
  rowKeys: readonly string[];
  renderRow: (index: number) => ReactNode;
  /** How a row is named in its Remove button ("Remove party 2"): "party 2". */
  rowName: (index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  emptyText: string;
  error?: string;
}

/** A fieldset of repeated rows (parties, outputs), each with a Remove button, and an Add button below. */
export function RowList({ legend, rowKeys, renderRow, rowName, onRemove, addLabel, onAdd, emptyText, error }: RowListProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="form-rows">
      <legend>{legend}</legend>
      {rowKeys.length === 0 && <p className="form-field-hint">{emptyText}</p>}
      {rowKeys.map((key, index) => (
        <div key={key} className="form-row">
          {renderRow(index)}
          <button
            type="button"
            className="form-row-remove"
            onClick={() => {
              onRemove(index);
              // The pressed button disappears with its row; keep keyboard focus in the list.
              addButton.current?.focus();
            }}
          >
            {/* Named in text rather than aria-label, so a search by label for "Party 1" finds only the picker. */}
            Remove<span className="visually-hidden"> {rowName(index)}</span>
          </button>
        </div>
      ))}
      {error && (
        <p className="form-field-error" role="alert">
          {error}
        </p>
      )}
      <button ref={addButton} type="button" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
