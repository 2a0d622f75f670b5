import type { OrganizationKind } from '../model/organization';
import { importFields } from './fieldSynonyms';
import type { FileOrganizationName, NewRecord } from './importPlanTypes';
import { organizationCandidateFinder } from './organizationCandidates';
import { organizationKindOf } from './organizationKindText';
import { addProblem, type PlanContext, type RowFields } from './planContext';

/** Where names come from: the field, and the country a new organization named there gets, if the file says one. */
export interface OrganizationNameSource {
  field: string;
  country: string | null;
  /** Where the country comes from, as the preview says it; by default the column of `field`. */
  countryFrom?: string;
  /**
   * The type the file gives each name ("Embassy", "State-owned Company"), from the column of
   * `typeField`: a new organization's kind is read from it, else guessed from its name.
   */
  types?: { typeField: string; typeOf: ReadonlyMap<string, string> };
}

/**
 * Organization ids for names in a row. Known names (or aliases) resolve to stored organizations.
 * Each unknown key is settled once for the whole file: as the analyst chose, else linked to the one
 * stored organization it certainly is ("АО «Узбектелеком»" is Uzbektelecom), else one new
 * organization with the country its source says (the Chinese party column: CN), never a default,
 * and the kind its type says ("Embassy"), else the kind its name suggests. A name shared by two stored organizations is a problem.
 */
export function resolveOrganizationNames(
  names: readonly string[],
  source: OrganizationNameSource,
  fields: RowFields,
  context: PlanContext,
  needs: string[],
): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const key = context.organizationKeyOf(name);
    if (key === '') continue;
    const lookup = context.store.organizations.lookupKey(key);
    if (lookup.found === 'one') {
      ids.push(lookup.organization.id);
      continue;
    }
    if (lookup.found === 'several') {
      const candidates = lookup.organizations.map((organization) => organization.name).join(', ');
      addProblem(fields, context, {
        field: source.field,
        code: 'ambiguous-organization',
        message: `“${name}” could be any of ${lookup.organizations.length} organizations: ${candidates}.`,
        expected: 'a name or alias that belongs to one organization only (rename or merge the others first)',
      });
      continue;
    }
    let settled = context.fileRecords.organizationNames.get(key);
    if (!settled) {
      settled = settleOrganizationName(name, key, source, fields.rowNumber, context);
      context.fileRecords.organizationNames.set(key, settled);
    } else if (settled.decision.action === 'create' && settled.kindFrom === null) {
      kindFromLaterRow(settled, name, key, source, context);
    }
    ids.push(settled.organizationId);
    needs.push(`organization:${key}`);
  }
  return ids.length > 1 ? [...new Set(ids)] : ids;
}

function settleOrganizationName(
  name: string,
  key: string,
  source: OrganizationNameSource,
  rowNumber: number,
  context: PlanContext,
): FileOrganizationName {
  const finder = organizationCandidateFinder(context.input.existing.organizations);
  const choice = context.input.options.organizationChoices?.[key];
  // A choice naming an organization deleted since is no choice: the name is settled as if unchosen.
  const chosen = choice?.action === 'create' || (choice && finder.organizationById(choice.organizationId)) ? choice : undefined;
  if (chosen && chosen.action !== 'create') {
    return {
      name,
      decision: chosen,
      decidedBy: 'analyst',
      organizationId: chosen.organizationId,
      countryFrom: null,
      kindFrom: null,
    };
  }
  if (!chosen) {
    const certain = finder.certainMatch(name);
    if (certain) {
      const organizationId = certain.organization.id;
      return {
        name,
        decision: { action: 'link', organizationId },
        decidedBy: 'certain-match',
        organizationId,
        countryFrom: null,
        kindFrom: null,
      };
    }
  }
  const typeText = source.types?.typeOf.get(name) ?? null;
  const { kind, byType } = organizationKindOf(name, typeText);
  const created = context.fileRecords.organizations.get(key) ?? newOrganization(name, source.country, kind, rowNumber, context);
  context.fileRecords.organizations.set(key, created);
  return {
    name,
    decision: { action: 'create' },
    decidedBy: chosen ? 'analyst' : 'no-match',
    organizationId: created.id,
    countryFrom: source.country === null ? null : (source.countryFrom ?? `the ${columnLabel(source.field, context)} column`),
    kindFrom: byType && typeText !== null ? kindFromText(typeText, source, context) : null,
  };
}

/**
 * A name first met without a type (a blank member of the type list) takes the kind a later row's
 * type gives it. The records are replaced, not changed: a cell fix plans again over copies of the maps.
 */
function kindFromLaterRow(
  settled: FileOrganizationName,
  name: string,
  key: string,
  source: OrganizationNameSource,
  context: PlanContext,
): void {
  const typeText = source.types?.typeOf.get(name) ?? null;
  const created = context.fileRecords.organizations.get(key);
  if (typeText === null || !created) return;
  const { kind, byType } = organizationKindOf(settled.name, typeText);
  if (!byType) return;
  context.fileRecords.organizations.set(key, { ...created, kind });
  context.fileRecords.organizationNames.set(key, { ...settled, kindFrom: kindFromText(typeText, source, context) });
}

/** Where a kind read from a type comes from, as the preview says it: "“Embassy” in the Financiers: type column". */
function kindFromText(typeText: string, source: OrganizationNameSource, context: PlanContext): string {
  return `“${typeText}” in the ${columnLabel(source.types?.typeField ?? source.field, context)} column`;
}

/** The column a field is read from, by the field's label ("Chinese party"). */
export function columnLabel(field: string, context: PlanContext): string {
  return importFields[context.input.kind].find((definition) => definition.field === field)?.label ?? field;
}

function newOrganization(
  name: string,
  country: string | null,
  kind: OrganizationKind,
  rowNumber: number,
  context: PlanContext,
): NewRecord<'organizations'> {
  const { fileName, sheetName } = context.input;
  return {
    id: context.input.newId(),
    name: name.trim(),
    country,
    kind,
    aliases: [],
    capitalOrigin: [],
    relations: [],
    itParkResidency: null,
    notes: `Added by importing ${fileName} (sheet ${sheetName}, row ${rowNumber}).`,
    citations: [],
    externalIds: [],
  };
}

/**
 * The source citations from this file point at: the stored one for the file (see PlanContext),
 * else one new source for the whole file.
 */
export function importSourceId(context: PlanContext, needs: string[]): string {
  if (context.storedSourceId) return context.storedSourceId;
  const { fileName, sheetName, headers, now } = context.input;
  context.fileRecords.source ??= {
    id: context.input.newId(),
    title: fileName,
    kind: 'dataset',
    publisher: '',
    date: null,
    language: guessLanguage(headers),
    reference: fileName,
    content: '',
    notes: `Spreadsheet imported from sheet ${sheetName} on ${now.slice(0, 10)}.`,
  };
  needs.push('source');
  return context.fileRecords.source.id;
}

/** From the script of the headers: a guess the analyst can correct on the source afterwards. */
function guessLanguage(headers: readonly string[]): string {
  const text = headers.join(' ');
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return 'en';
}
