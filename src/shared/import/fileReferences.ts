import type { OrganizationKind } from '../model/organization';
import type { NewRecord } from './importPlanTypes';
import { addProblem, type PlanContext, type RowFields } from './planContext';

// A first guess for organizations a file names but the store lacks; the preview lists them for review.
const kindPatterns: readonly [RegExp, OrganizationKind][] = [
  [/ministry|министерств|vazirlig|部$/iu, 'ministry'],
  [/agency|агентств|agentlig|局$/iu, 'agency'],
  [/\bbank|банк|\bfund\b|фонд|银行|基金/iu, 'financial-institution'],
  [/universit|institut|университет|институт|大学|研究院|研究所/iu, 'research-institute'],
  [/technopark|it park|технопарк|texnopark|科技园/iu, 'technology-park'],
  [/telecom|mobile|unicom|телеком|мобайл|电信|移动|联通/iu, 'operator'],
];

export function guessOrganizationKind(name: string): OrganizationKind {
  return kindPatterns.find(([pattern]) => pattern.test(name))?.[1] ?? 'private-company';
}

/**
 * Organization ids for names in a row. Known names (or aliases) resolve to stored organizations;
 * unknown ones to one new organization per key across the file, with the country the column
 * implies (the Chinese party column: CN). A name shared by two stored organizations is a problem.
 */
export function resolveOrganizationNames(
  names: readonly string[],
  source: { field: string; country: string | null },
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
    let created = context.fileRecords.organizations.get(key);
    if (!created) {
      created = newOrganization(name, source.country, fields.rowNumber, context);
      context.fileRecords.organizations.set(key, created);
    }
    ids.push(created.id);
    needs.push(`organization:${key}`);
  }
  return ids.length > 1 ? [...new Set(ids)] : ids;
}

function newOrganization(
  name: string,
  country: string | null,
  rowNumber: number,
  context: PlanContext,
): NewRecord<'organizations'> {
  const { fileName, sheetName } = context.input;
  return {
    id: context.input.newId(),
    name: name.trim(),
    country,
    kind: guessOrganizationKind(name),
    aliases: [],
    capitalOrigin: [],
    relations: [],
    itParkResidency: null,
    notes: `Added by importing ${fileName} (sheet ${sheetName}, row ${rowNumber}).`,
    citations: [],
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
