import { countryLabel, labelOf } from '@shared/model/labels';
import { recordTitle } from '@shared/model/recordTitle';
import type { AnyRecord } from '@shared/model/tables';
import type { RecordIndex } from '../records/liveRecords';

export interface Option {
  value: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

function distinct(values: Iterable<string>, label: (value: string) => string): Option[] {
  return [...new Set(values)].map((value) => ({ value, label: label(value) })).sort(byLabel);
}

/** The choices each facet offers: only values that occur in the table being filtered. */
export function filterOptions(rows: AnyRecord[], index: RecordIndex) {
  const organizationIds = new Set<string>();
  for (const row of rows) {
    if ('parties' in row) for (const party of row.parties) organizationIds.add(party.organizationId);
    if ('organizerIds' in row) {
      for (const id of row.organizerIds) organizationIds.add(id);
      for (const participant of row.participants) if (participant.organizationId) organizationIds.add(participant.organizationId);
    }
  }
  const countries = rows.flatMap((row) => ('country' in row && row.country ? [row.country] : []));
  for (const id of organizationIds) {
    const organization = index.byId.get(id);
    if (organization && 'country' in organization && organization.country) countries.push(organization.country);
  }
  return {
    kind: distinct(
      rows.flatMap((row) => ('kind' in row ? [row.kind] : [])),
      labelOf,
    ),
    status: distinct(
      rows.flatMap((row) => ('status' in row ? [row.status] : [])),
      labelOf,
    ),
    sector: distinct(
      rows.flatMap((row) => ('sectors' in row ? row.sectors : [])),
      (sector) => sector,
    ),
    country: distinct(countries, countryLabel),
    party: [...organizationIds]
      .map((id) => {
        const organization = index.byId.get(id);
        return { value: id, label: organization ? recordTitle(organization) : id };
      })
      .sort(byLabel),
    author: distinct(
      rows.flatMap((row) => ('author' in row ? [row.author] : [])),
      (author) => author,
    ),
    tag: distinct(
      index.active.annotations.flatMap((annotation) => annotation.tags),
      (tag) => tag,
    ),
  };
}
