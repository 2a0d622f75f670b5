import { useState, type KeyboardEvent } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ChipList } from './ChipList';
import { FieldFrame } from './FieldFrame';
import { useFieldState, type FieldProps } from './useFieldState';

function withTags(tags: readonly string[], text: string, normalizeTag: (tag: string) => string): string[] {
  const next = [...tags];
  for (const tag of text.split(',').map((piece) => normalizeTag(piece.trim()))) {
    if (tag && !next.some((existing) => existing.toLowerCase() === tag.toLowerCase())) next.push(tag);
  }
  return next;
}

interface TagsFieldProps<T extends FieldValues> extends FieldProps<T, string[]> {
  /** Applied to each tag as it is added, such as capitals for country codes. */
  normalizeTag?: (tag: string) => string;
}

/** A list of short texts (sectors, aliases): typed one at a time and added with a comma or Enter. */
export function TagsField<T extends FieldValues>({ control, name, label, hint, normalizeTag = (tag) => tag }: TagsFieldProps<T>) {
  const field = useFieldState<T, string[]>(control, name);
  const [draft, setDraft] = useState('');

  function commit(text: string) {
    const next = withTags(field.value, text, normalizeTag);
    if (next.length !== field.value.length) field.onChange(next);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter only ever adds a tag: an analyst pressing it twice after a tag must not save the form by accident.
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && field.value.length > 0) {
      field.onChange(field.value.slice(0, -1));
    }
  }

  function onChange(text: string) {
    // A pasted "telecom, 5G, data centres" becomes tags at once; the text after the last comma stays to be finished.
    const lastComma = text.lastIndexOf(',');
    if (lastComma === -1) return setDraft(text);
    commit(text.slice(0, lastComma));
    setDraft(text.slice(lastComma + 1).trimStart());
  }

  return (
    <FieldFrame
      label={label}
      hint={hint ?? 'Separate with commas or press Enter; Backspace removes the last one.'}
      error={field.error}
    >
      {(attributes) => (
        <div className="tags-input">
          <ChipList
            chips={field.value.map((tag) => ({ key: tag, label: tag }))}
            removeLabel={(chip) => `Remove ${chip.label}`}
            onRemove={(chip) => field.onChange(field.value.filter((tag) => tag !== chip.key))}
            onLastRemoved={() => document.getElementById(attributes.id)?.focus()}
          />
          <input
            {...attributes}
            ref={field.ref}
            value={draft}
            autoComplete="off"
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              if (draft.trim()) commit(draft);
              field.onBlur();
            }}
          />
        </div>
      )}
    </FieldFrame>
  );
}
