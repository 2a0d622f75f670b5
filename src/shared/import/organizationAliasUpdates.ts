import type { Organization } from '../model/organization';
import type { FileRecords, NewRecord } from './importPlanTypes';
import { unionBy, withoutStamps } from './kindPlanner';
import { organizationKey } from './matchOrganizations';

/**
 * The stored organizations the analyst chose to give a file's spelling as an alias ("create as
 * alias"), each with its new aliases: one record per organization however many spellings it gains,
 * and only for names a written row needs (`needed` holds "organization:<key>").
 */
export function organizationAliasUpdates(
  fileRecords: FileRecords,
  needed: ReadonlySet<string>,
  organizations: readonly Organization[],
): NewRecord<'organizations'>[] {
  const aliased = [...fileRecords.organizationNames].filter(
    ([key, settled]) => settled.decision.action === 'alias' && !settled.rowWrites && needed.has(`organization:${key}`),
  );
  if (aliased.length === 0) return [];
  const stored = new Map(organizations.map((organization) => [organization.id, organization]));
  const updates = new Map<string, NewRecord<'organizations'>>();
  for (const [, settled] of aliased) {
    const organization = stored.get(settled.organizationId);
    if (!organization) continue;
    const record = updates.get(organization.id) ?? withoutStamps<'organizations'>(organization);
    record.aliases = unionBy(record.aliases, [settled.name.trim()], organizationKey);
    updates.set(organization.id, record);
  }
  return [...updates.values()];
}
