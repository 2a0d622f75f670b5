import type { Party } from '../model/deal';
import { readPartyRole, type PartyRole } from '../report/partyRoleText';
import { resolveOrganizationNames } from './fileReferences';
import type { PlanContext, RowFields } from './planContext';

/** A party a row names; the role is null when the cell gives none ("Huawei" rather than "Huawei (supplier)"). */
export interface NamedParty {
  organizationId: string;
  role: PartyRole | null;
}

/**
 * The parties a cell names, each resolved to an organization, with the role its bracket gives:
 * "Uzbektelecom (signatory); Huawei (supplier)" as reports write them.
 */
export function resolvePartiesWithRoles(
  names: readonly string[],
  source: { field: string; country: string | null },
  fields: RowFields,
  context: PlanContext,
  needs: string[],
): NamedParty[] {
  const parties: NamedParty[] = [];
  for (const text of names) {
    const { name, role } = readPartyRole(text);
    for (const organizationId of resolveOrganizationNames([name], source, fields, context, needs)) {
      if (!parties.some((party) => party.organizationId === organizationId && party.role === role)) {
        parties.push({ organizationId, role });
      }
    }
  }
  return parties;
}

/**
 * The stored parties with the row's parties they lack. A party named without a role is there when
 * the organization is a party in any role, and is added as a partner otherwise; one with a role is
 * there only in that role. `stored` itself when nothing is added, so the row does not look changed.
 */
export function mergeParties(stored: readonly Party[], named: readonly NamedParty[]): Party[] {
  const added: Party[] = [];
  for (const { organizationId, role } of named) {
    const present = [...stored, ...added].some(
      (party) => party.organizationId === organizationId && (role === null || party.role === role),
    );
    if (!present) added.push({ organizationId, role: role ?? 'partner' });
  }
  return added.length === 0 ? (stored as Party[]) : [...stored, ...added];
}
