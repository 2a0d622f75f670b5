import type { KeyboardEvent } from 'react';
import type { FilterChip } from './filterChips';

interface FilterChipViewProps {
  chip: FilterChip;
  editing: boolean;
  /** The chip's left edge, from its label button: where its editor opens. */
  onEdit: (anchor: HTMLElement) => void;
  onRemove: () => void;
}

/**
 * One filter in force, "Party: Huawei ×": its text opens the facet's editor, × removes it, and so do
 * Backspace or Delete on either, as in the chip inputs of mail clients.
 */
export function FilterChipView({ chip, editing, onEdit, onRemove }: FilterChipViewProps) {
  const removeOnKey = (event: KeyboardEvent) => {
    if (event.key !== 'Backspace' && event.key !== 'Delete') return;
    event.preventDefault();
    onRemove();
  };
  return (
    <span className="filter-chip" data-chip={chip.id}>
      {chip.editable ? (
        <button
          type="button"
          className="filter-chip-label"
          aria-haspopup="dialog"
          aria-expanded={editing}
          // While its editor is open, a press here toggles it shut in onClick, not as a press outside the editor.
          onMouseDown={(event) => editing && event.stopPropagation()}
          onClick={(event) => onEdit(event.currentTarget)}
          onKeyDown={removeOnKey}
        >
          {chip.label}
        </button>
      ) : (
        <span className="filter-chip-label">{chip.label}</span>
      )}
      <button
        type="button"
        className="filter-chip-remove"
        aria-label={`Remove filter ${chip.label}`}
        onClick={onRemove}
        onKeyDown={removeOnKey}
      >
        ×
      </button>
    </span>
  );
}
