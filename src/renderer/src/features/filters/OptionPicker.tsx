import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Option } from './filterOptions';

interface OptionPickerProps {
  /** The facet, as the Add filter menu names it: "Party". */
  label: string;
  options: Option[];
  value: string | undefined;
  onChoose: (value: string) => void;
}

/**
 * A facet's choices, always in view under a box that narrows them as the analyst types (a table can
 * have hundreds of parties). The ARIA combobox pattern: focus stays in the box, arrows move through
 * the list, Enter chooses; the chosen value starts highlighted, so Enter alone keeps it.
 */
export function OptionPicker({ label, options, value, onChoose }: OptionPickerProps) {
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [text, setText] = useState('');
  const shown = useMemo(() => {
    const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return options.filter((option) => words.every((word) => option.label.toLowerCase().includes(word)));
  }, [options, text]);
  const [highlighted, setHighlighted] = useState(() =>
    Math.max(
      0,
      shown.findIndex((option) => option.value === value),
    ),
  );
  const active = shown.length ? Math.min(highlighted, shown.length - 1) : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (active >= 0) listRef.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = shown.length;
    if (event.key === 'ArrowDown' && count) setHighlighted((active + 1) % count);
    else if (event.key === 'ArrowUp' && count) setHighlighted((active - 1 + count) % count);
    else if (event.key === 'Home' && count) setHighlighted(0);
    else if (event.key === 'End' && count) setHighlighted(count - 1);
    else if (event.key === 'Enter' && active >= 0) onChoose(shown[active].value);
    else return;
    event.preventDefault();
  }

  return (
    <div className="option-picker">
      <input
        role="combobox"
        aria-label={`Find a ${label.toLowerCase()} value`}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        placeholder="Type to narrow…"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setHighlighted(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul ref={listRef} id={listId} role="listbox" aria-label={label} className="option-list">
        {shown.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="option-empty">
            {options.length ? 'No matches' : 'No values in this table'}
          </li>
        )}
        {shown.map((option, index) => (
          <li
            key={option.value}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={option.value === value ? 'option chosen' : 'option'}
            // Keeps focus in the box, so the popover does not take the click as focus leaving it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(option.value)}
          >
            {option.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
