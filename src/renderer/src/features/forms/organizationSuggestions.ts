import { labelOf } from '@shared/model/labels';
import type { Organization } from '@shared/model/organization';
import type { ComboboxOption } from '../../ui/form/Combobox';
import { matchOrganizations, searchableText } from './matchOrganizations';

// Not a UUID, so it can never be taken for an organization's id.
export const CREATE_KEY = 'create-organization';
// Enough to scan; a longer list means the analyst should type more of the name.
const MAX_SUGGESTIONS = 50;

/**
 * What the organization picker offers for a typed name: the stored organizations that match, best first,
 * then, last and only when no organization has exactly that name, "Create organization …".
 */
export function organizationSuggestions(query: string, organizations: readonly Organization[]): ComboboxOption[] {
  const options: ComboboxOption[] = matchOrganizations(query, organizations)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ organization, alias }) => ({
      key: organization.id,
      label: organization.name,
      detail: [alias && `also “${alias}”`, labelOf(organization.kind)].filter(Boolean).join(' · '),
    }));
  const name = query.trim();
  const exists = organizations.some((organization) => searchableText(organization.name) === searchableText(name));
  if (name && !exists) options.push({ key: CREATE_KEY, label: `Create organization “${name}”` });
  return options;
}
