import { useId, useState, type KeyboardEvent } from 'react';
import { labelOf } from '@shared/model/labels';
import { organizationKinds, type OrganizationKind } from '@shared/model/organization';
import { quoteValue } from '@shared/values/quoteValue';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';
import { emptyRecordInputs } from './formValues';

interface NewOrganizationPanelProps {
  name: string;
  onCreated: (id: string) => void;
  onDismiss: () => void;
}

/**
 * Creates an organization the picker did not find, asking only for its kind; country, aliases and
 * the rest can be filled in later under Organizations. Escape goes back to the picker.
 */
export function NewOrganizationPanel({ name, onCreated, onDismiss }: NewOrganizationPanelProps) {
  const { data } = useStore();
  const { notify } = useNotices();
  const headingId = useId();
  const kindId = useId();
  const [kind, setKind] = useState<OrganizationKind>('private-company');
  const [error, setError] = useState<string>();
  const [creating, setCreating] = useState(false);

  async function create() {
    if (creating) return;
    setCreating(true);
    const result = await data.create('organizations', { ...emptyRecordInputs.organizations, name, kind });
    setCreating(false);
    if (!result.ok) return setError(result.error.message);
    notify('success', `Created the organization ${quoteValue(result.value.name)}.`);
    onCreated(result.value.id);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    // Handled here so the form's dialog does not take Escape as "close the form".
    event.preventDefault();
    onDismiss();
  }

  return (
    <div className="new-organization" role="group" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <p id={headingId} className="new-organization-heading">
        New organization “{name}”
      </p>
      <label htmlFor={kindId}>Type of organization</label>
      <select id={kindId} value={kind} autoFocus onChange={(event) => setKind(event.target.value as OrganizationKind)}>
        {organizationKinds.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void create()}>
        Create “{name}”
      </button>
      <button type="button" onClick={onDismiss}>
        Back to search
      </button>
      {error && (
        <p className="form-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
