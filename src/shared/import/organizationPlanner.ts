import { externalIdKey } from '../model/externalId';
import type { Organization, OrganizationKind } from '../model/organization';
import { matchExternalIds } from './externalIdMatch';
import { guessOrganizationKind } from './organizationKindText';
import type { FileOrganizationName, NewRecord } from './importPlanTypes';
import { dateValue, idMatchKey, listValue, textValue, unionBy, withoutStamps, type KindPlanner } from './kindPlanner';
import { addProblem, type PlanContext, type RowFields } from './planContext';
import { settleOrganizationRow } from './organizationRowSettlement';
import { columnLabel } from './fileReferences';

export const organizationPlanner: KindPlanner<'organizations'> = {
  table: 'organizations',
  requiredFields: ['name'],
  sourceFields: {
    id: ['id'],
    name: ['name'],
    country: ['country'],
    kind: ['kind'],
    aliases: ['aliases'],
    notes: ['notes'],
    itParkResidency: ['itParkStatus', 'itParkSince'],
    externalIds: ['externalId'],
  },
  sameness: (byId) => (byId ? 'the same ID' : 'the same name (ignoring case, quotes and legal forms such as LLC)'),
  // Organizations are matched by name and aliases through the organization matcher instead.
  naturalKeyOf: () => null,
  buildRecord(fields, context) {
    const id = textValue(fields, 'id');
    const name = textValue(fields, 'name');
    const aliases = listValue(fields, 'aliases');
    const nameKey = name === null ? '' : context.organizationKeyOf(name);
    // A register number or tax id matches before our id and the names; the stored name then stays.
    const external = matchExternalIds<'organizations'>(fields, context);
    const byNames = external.existing || id ? null : findByNames(fields, context, nameKey, aliases);
    // A name the store does not know by its key is settled as a party's would be, and listed for the analyst.
    const settled =
      byNames && !byNames.ambiguous && !byNames.organization && name !== null && nameKey !== ''
        ? settleOrganizationRow(name, nameKey, context.input.newId(), readFromColumns(fields, context), context)
        : null;
    const existing =
      external.existing ??
      (id ? (context.store.byId.get(id) as Organization | undefined) : (byNames?.organization ?? settled?.existing));
    const matchKey = external.matchKey ?? (id ? idMatchKey(id) : nameKey === '' ? null : nameKey);
    const record: NewRecord<'organizations'> = existing
      ? withoutStamps<'organizations'>(existing)
      : newOrganizationRecord(id ?? settled?.newId ?? context.input.newId(), name ?? '');

    // Matched by name, the stored spelling stays ("Uzbektelecom JSC" does not rename "JSC Uzbektelecom");
    // matched by id, the sheet's name is a deliberate rename.
    if (name !== null && (!existing || (id && context.organizationKeyOf(existing.name) !== nameKey))) record.name = name;
    record.aliases = unionBy(
      record.aliases,
      settled?.addsAlias && name ? [name, ...aliases] : aliases,
      context.organizationKeyOf,
    );
    record.externalIds = unionBy(record.externalIds, external.externalIds, externalIdKey);
    record.country = textValue(fields, 'country') ?? record.country;
    record.kind = (textValue(fields, 'kind') as OrganizationKind | null) ?? record.kind;
    record.notes = textValue(fields, 'notes') ?? record.notes;
    record.itParkResidency = readResidency(fields, record.itParkResidency);
    return { record, existing, matchKey, needs: settled?.needs ?? [] };
  },
};

/** Where a new organization's country and kind come from, as the preview says it. */
function readFromColumns(fields: RowFields, context: PlanContext): Pick<FileOrganizationName, 'countryFrom' | 'kindFrom'> {
  const from = (field: string) => (textValue(fields, field) === null ? null : `the ${columnLabel(field, context)} column`);
  return { countryFrom: from('country'), kindFrom: from('kind') };
}

function newOrganizationRecord(id: string, name: string): NewRecord<'organizations'> {
  return {
    id,
    name,
    country: null,
    kind: guessOrganizationKind(name),
    aliases: [],
    capitalOrigin: [],
    relations: [],
    itParkResidency: null,
    notes: '',
    citations: [],
    externalIds: [],
  };
}

/** The stored organization the row's name, or failing that one of its aliases, belongs to; ambiguous when several do. */
function findByNames(
  fields: RowFields,
  context: PlanContext,
  nameKey: string,
  aliases: readonly string[],
): { organization?: Organization; ambiguous: boolean } {
  const { organizations } = context.store;
  for (const key of [nameKey, ...aliases.map(context.organizationKeyOf)]) {
    const lookup = organizations.lookupKey(key);
    if (lookup.found === 'one') return { organization: lookup.organization, ambiguous: false };
    if (lookup.found === 'several') {
      const candidates = lookup.organizations.map((organization) => organization.name).join(', ');
      addProblem(fields, context, {
        field: key === nameKey ? 'name' : 'aliases',
        code: 'ambiguous-organization',
        message: `This name could be any of ${lookup.organizations.length} stored organizations: ${candidates}.`,
        expected: 'a name or alias that belongs to one organization only (rename or merge the others first)',
      });
      return { ambiguous: true };
    }
  }
  return { ambiguous: false };
}

/** A residency date without a status implies residency; a status without a date keeps the stored date. */
function readResidency(fields: RowFields, stored: Organization['itParkResidency']): Organization['itParkResidency'] {
  const status = textValue(fields, 'itParkStatus') as NonNullable<Organization['itParkResidency']>['status'] | null;
  const since = dateValue(fields, 'itParkSince');
  if (status === null && since === null) return stored;
  return {
    status: status ?? stored?.status ?? 'resident',
    since: since ?? stored?.since ?? null,
    asOf: stored?.asOf ?? null,
  };
}
