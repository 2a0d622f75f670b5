import { useCallback, useRef, useState } from 'react';
import type { RefCallBack } from 'react-hook-form';
import { Combobox } from '../../ui/form/Combobox';
import { FieldFrame } from '../../ui/form/FieldFrame';
import { useRecords } from '../records/liveRecords';
import { CREATE_KEY, organizationSuggestions } from './organizationSuggestions';
import { NewOrganizationPanel } from './NewOrganizationPanel';

interface OrganizationPickerProps {
  label: string;
  /** The chosen organization's id, or '' for none. */
  value: string;
  onChange: (id: string) => void;
  onBlur?: () => void;
  inputRef?: RefCallBack;
  error?: string;
  hint?: string;
  /** For adding to a list: the input empties after each choice, ready for the next. */
  clearAfterChoosing?: boolean;
}

/** Chooses an organization by name or alias, or creates one that is not in the store yet. */
export function OrganizationPicker(props: OrganizationPickerProps) {
  const { label, value, onChange, onBlur, inputRef, error, hint, clearAfterChoosing } = props;
  const { active, all } = useRecords();
  const input = useRef<HTMLInputElement | null>(null);
  // The text being typed; null while the input shows the chosen organization's name.
  const [query, setQuery] = useState<string | null>(null);
  const [newName, setNewName] = useState<string | null>(null);

  const chosen = value ? all.organizations.find((organization) => organization.id === value) : undefined;
  const chosenName = chosen?.name ?? (value ? '(missing organization)' : '');
  const text = query ?? (clearAfterChoosing ? '' : chosenName);

  const attachInput = useCallback(
    (element: HTMLInputElement | null) => {
      input.current = element;
      inputRef?.(element);
    },
    [inputRef],
  );

  function choose(key: string) {
    if (key === CREATE_KEY) setNewName((query ?? '').trim());
    else onChange(key);
    setQuery(null);
  }

  function leave() {
    if (query !== null && query.trim() === '' && !clearAfterChoosing) onChange('');
    setQuery(null);
    onBlur?.();
  }

  function closeNewOrganization(createdId: string | null) {
    if (createdId) onChange(createdId);
    setNewName(null);
    input.current?.focus();
  }

  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(attributes) => (
        <>
          <Combobox
            attributes={attributes}
            inputRef={attachInput}
            text={text}
            options={organizationSuggestions(query ?? '', active.organizations)}
            onTextChange={setQuery}
            onChoose={choose}
            onLeave={leave}
            placeholder="Type a name or alias"
          />
          {newName !== null && (
            <NewOrganizationPanel name={newName} onCreated={closeNewOrganization} onDismiss={() => closeNewOrganization(null)} />
          )}
        </>
      )}
    </FieldFrame>
  );
}
