import type { Organization } from '@shared/model/organization';

export interface OrganizationMatch {
  organization: Organization;
  /** The alias the query matched when the name did not ("Unitel" for Beeline), else null. */
  alias: string | null;
}

// Quotes and apostrophes vary between sources (O‘zbekiston, O'zbekiston, «Uzbektelecom»), so they are ignored.
const IGNORED_MARKS = /[\p{M}'’‘ʻʼ`"«»“”„]/gu;

/** Text folded for matching: no accents, quotes or case, single spaces. */
export function searchableText(text: string): string {
  return text.normalize('NFKD').replace(IGNORED_MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function rankOf(text: string, query: string): number | null {
  const folded = searchableText(text);
  if (folded.startsWith(query)) return 0;
  return folded.includes(query) ? 1 : null;
}

/**
 * Organizations whose name or one of whose aliases contains the query, ignoring case and accents:
 * names that start with it, then names that contain it, then the same for aliases; alphabetical within each.
 * An empty query matches every organization.
 */
export function matchOrganizations(query: string, organizations: readonly Organization[]): OrganizationMatch[] {
  const folded = searchableText(query);
  const ranked = organizations.flatMap((organization): Array<{ rank: number; match: OrganizationMatch }> => {
    const byName = rankOf(organization.name, folded);
    if (byName !== null) return [{ rank: byName, match: { organization, alias: null } }];
    const aliasRanks = organization.aliases.flatMap((alias) => {
      const rank = rankOf(alias, folded);
      return rank === null ? [] : [{ rank: 2 + rank, match: { organization, alias } }];
    });
    return aliasRanks.sort((a, b) => a.rank - b.rank).slice(0, 1);
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.match.organization.name.localeCompare(b.match.organization.name))
    .map(({ match }) => match);
}
