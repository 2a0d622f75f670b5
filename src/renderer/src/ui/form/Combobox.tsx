import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { ControlAttributes } from './FieldFrame';
import './form.css';

export interface ComboboxOption {
  key: string;
  label: string;
  /** Secondary text, such as the alias that matched. */
  detail?: string;
}

interface ComboboxProps {
  attributes: ControlAttributes;
  inputRef?: Ref<HTMLInputElement>;
  text: string;
  options: readonly ComboboxOption[];
  onTextChange: (text: string) => void;
  onChoose: (key: string) => void;
  /** Focus left without choosing: the owner decides what the text falls back to. */
  onLeave: () => void;
  placeholder?: string;
}

/**
 * A text input with a list of suggestions, following the ARIA 1.2 combobox pattern with manual
 * selection: typing opens the list with nothing highlighted, arrows move (ArrowDown to the first
 * suggestion), Enter chooses the highlighted one, Escape closes the list. Nothing is highlighted before
 * an arrow is pressed, because an analyst who types a name and presses ArrowDown expects the first
 * match, not the one after it. Focus stays in the input throughout; the highlighted option is announced
 * through aria-activedescendant.
 */
export function Combobox({ attributes, inputRef, text, options, onTextChange, onChoose, onLeave, placeholder }: ComboboxProps) {
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  // -1 while nothing is highlighted.
  const [highlighted, setHighlighted] = useState(-1);
  const active = open && options.length > 0 ? Math.min(highlighted, options.length - 1) : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (active >= 0) listRef.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function show(index: number) {
    setOpen(true);
    setHighlighted(index);
  }

  function choose(option: ComboboxOption) {
    setOpen(false);
    onChoose(option.key);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open || active < 0) show(step === 1 ? 0 : count - 1);
      else if (count > 0) setHighlighted((active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Enter' && open) {
      // A name typed and Enter pressed before choosing must not submit the form around the field.
      event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      // Only closes the list: without preventDefault the surrounding dialog would take Escape as "close".
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="combobox">
      <input
        {...attributes}
        ref={inputRef}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          show(-1);
        }}
        onClick={() => {
          if (!open) show(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onLeave();
        }}
      />
      <ul ref={listRef} id={listId} role="listbox" aria-label="Suggestions" className="combobox-list" hidden={!open}>
        {open && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="combobox-empty">
            No matches
          </li>
        )}
        {open &&
          options.map((option, index) => (
            <li
              key={option.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="combobox-option"
              // Keeps focus in the input, so choosing with the mouse does not count as leaving the field first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              <span>{option.label}</span>
              {/* The space keeps label and detail apart in the option's accessible name. */}
              {option.detail && <span className="combobox-detail"> {option.detail}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
