import { countryLabel, labelOf } from '@shared/model/labels';
import { recordTitle } from '@shared/model/recordTitle';
import type { AnyRow } from '@shared/model/tableRows';
import type { TableIndex } from '../records/liveRecords';

export interface Option {
  value: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

function distinct(values: Iterable<string>, label: (value: string) => string): Option[] {
  return [...new Set(values)].map((value) => ({ value, label: label(value) })).sort(byLabel);
}

/**
 * The choices each facet offers: only values that occur in the table being filtered. One pass over
 * the rows into sets: at 100,000 deals, an array of values per facet was most of a long task.
 */
export function filterOptions(rows: AnyRow[], index: TableIndex) {
  const seen = {
    kind: new Set<string>(),
    status: new Set<string>(),
    sector: new Set<string>(),
    author: new Set<string>(),
    country: new Set<string>(),
    organization: new Set<string>(),
  };
  for (const row of rows) {
    if ('kind' in row) seen.kind.add(row.kind);
    if ('status' in row) seen.status.add(row.status);
    if ('sectors' in row) for (const sector of row.sectors) seen.sector.add(sector);
    if ('author' in row) seen.author.add(row.author);
    if ('country' in row && row.country) seen.country.add(row.country);
    if ('parties' in row) for (const party of row.parties) seen.organization.add(party.organizationId);
    if ('organizerIds' in row) {
      for (const id of row.organizerIds) seen.organization.add(id);
      for (const participant of row.participants)
        if (participant.organizationId) seen.organization.add(participant.organizationId);
    }
  }
  for (const id of seen.organization) {
    const organization = index.byId.get(id);
    if (organization && 'country' in organization && organization.country) seen.country.add(organization.country);
  }
  const tags = new Set<string>();
  for (const annotation of index.active.annotations) for (const tag of annotation.tags) tags.add(tag);
  return {
    kind: distinct(seen.kind, labelOf),
    status: distinct(seen.status, labelOf),
    sector: distinct(seen.sector, (sector) => sector),
    country: distinct(seen.country, countryLabel),
    party: [...seen.organization]
      .map((id) => {
        const organization = index.byId.get(id);
        return { value: id, label: organization ? recordTitle(organization) : id };
      })
      .sort(byLabel),
    author: distinct(seen.author, (author) => author),
    tag: distinct(tags, (tag) => tag),
  };
}
