import { useRef, type KeyboardEvent } from 'react';
import './form.css';

export interface Chip {
  key: string;
  label: string;
}

interface ChipListProps {
  chips: readonly Chip[];
  /**
   * The accessible name of a chip's remove button: "Remove telecommunications". It is hidden text, not
   * aria-label, so that finding the form's fields by label does not also find their chips.
   */
  removeLabel: (chip: Chip) => string;
  onRemove: (chip: Chip) => void;
  /** Where focus goes when the last chip is removed, so keyboard users are not dropped onto the page. */
  onLastRemoved: () => void;
}

/** Chosen values as chips; each has a remove button, also pressed with Delete or Backspace. */
export function ChipList({ chips, removeLabel, onRemove, onLastRemoved }: ChipListProps) {
  const listRef = useRef<HTMLUListElement>(null);

  function remove(index: number) {
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const neighbour = buttons[index + 1] ?? buttons[index - 1];
    onRemove(chips[index]);
    if (neighbour) neighbour.focus();
    else onLastRemoved();
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    event.preventDefault();
    remove(index);
  }

  if (chips.length === 0) return null;
  return (
    <ul ref={listRef} className="chip-list">
      {chips.map((chip, index) => (
        <li key={chip.key} className="chip">
          <span>{chip.label}</span>
          <button type="button" onClick={() => remove(index)} onKeyDown={(event) => onKeyDown(event, index)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{removeLabel(chip)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
