import { useRef } from 'react';
import type { Control } from 'react-hook-form';
import { ChipList } from '../../ui/form/ChipList';
import { useFieldState } from '../../ui/form/useFieldState';
import { useRecords } from '../records/liveRecords';
import type { EventFormValues } from './formSchemas';
import { OrganizationPicker } from './OrganizationPicker';

/** An event's organizers: chosen one at a time with the organization picker and listed as removable chips. */
export function OrganizersField({ control }: { control: Control<EventFormValues> }) {
  const field = useFieldState<EventFormValues, string[]>(control, 'organizerIds');
  const { all } = useRecords();
  const container = useRef<HTMLDivElement>(null);
  const nameOf = (id: string) =>
    all.organizations.find((organization) => organization.id === id)?.name ?? '(missing organization)';

  return (
    <div ref={container}>
      <OrganizationPicker
        label="Organizers"
        value=""
        clearAfterChoosing
        onChange={(id) => {
          if (id && !field.value.includes(id)) field.onChange([...field.value, id]);
        }}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={field.error}
        hint="Type a name or alias and press Enter to add an organizer."
      />
      <ChipList
        chips={field.value.map((id) => ({ key: id, label: nameOf(id) }))}
        removeLabel={(chip) => `Remove organizer ${chip.label}`}
        onRemove={(chip) => field.onChange(field.value.filter((id) => id !== chip.key))}
        onLastRemoved={() => container.current?.querySelector('input')?.focus()}
      />
    </div>
  );
}
