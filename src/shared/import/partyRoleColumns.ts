import type { Party } from '../model/deal';
import { countryFromName } from './countryFromName';
import { resolveOrganizationNames, type OrganizationNameSource } from './fileReferences';
import { listValue, textValue } from './kindPlanner';
import { partyRoleFields, partyTypeFields } from './partyRoleFields';
import type { PlanContext, RowFields } from './planContext';
import { typesByName } from './typesByName';

/**
 * The parties a row names in columns headed by a role (see partyRoleFields.ts), each with that
 * role. An organization the store does not know yet takes its country from the row's country cell
 * for the role (the financier's country for funding agencies, the recipient for receiving ones),
 * or none when the row has none or names a country Silk Ledger cannot read; and its kind from the
 * role's type column, member by member, or from its name.
 */
export function partiesByRoleColumns(fields: RowFields, context: PlanContext, needs: string[]): Party[] {
  const parties: Party[] = [];
  for (const { field, role, countryField } of partyRoleFields) {
    const names = listValue(fields, field);
    if (names.length === 0) continue;
    const countryText = countryField ? textValue(fields, countryField) : null;
    const country = countryText ? countryFromName(countryText) : null;
    const source: OrganizationNameSource = { field, country, types: typesOfRow(field, fields, context) };
    for (const organizationId of resolveOrganizationNames(names, source, fields, context, needs)) {
      parties.push({ organizationId, role });
    }
  }
  return parties;
}

/** The types the row's type cell for the role gives its names, read against the role cell as written. */
function typesOfRow(field: string, fields: RowFields, context: PlanContext): OrganizationNameSource['types'] {
  const typeField = partyTypeFields.find((candidate) => candidate.roleField === field)?.field;
  const typesCell = typeField ? textValue(fields, typeField) : null;
  const namesColumn = context.columnOf.get(field);
  const namesCell = namesColumn === undefined ? null : fields.cells[namesColumn];
  if (!typeField || typesCell === null || typeof namesCell !== 'string') return undefined;
  return { typeField, typeOf: typesByName(namesCell, typesCell) };
}
