import type { Annotation } from '../model/annotation';
import type { Party } from '../model/deal';
import type { Citation } from '../model/record';
import { recordTitle } from '../model/recordTitle';
import type { RecordOf, RecordTable } from '../model/tables';
import { formatPartialDate } from '../values/partialDate';
import type { PartialDate } from '../values/partialDate.schema';
import { formatCitations } from './citationText';
import { formatPartyWithRole } from './partyRoleText';
import { calendarDay, type TableCell } from './tableCells';

/** The records a report is built from, one list per table, already filtered by the caller. */
export type ReportRecords = { [T in RecordTable]: RecordOf<T>[] };

/** How report cells name the records a record points at. */
export interface ReportLookups {
  organizationName(id: string): string;
  /** The organization's country code, or null when unknown or not among the report's organizations. */
  organizationCountry(id: string): string | null;
  dealTitle(id: string): string;
  indicatorName(id: string): string;
  /** One line per citation, "Source title — “excerpt” (line 4)": where the record's facts come from (see citationText.ts). */
  citationText(citations: Citation[]): string;
  /** The title of the record an annotation is on. */
  annotationTarget(annotation: Annotation): string;
}

const notInReport = (id: string) => `(not in this report: ${id})`;

/** Joins the parts of a list cell, dropping repeats and blanks: "post; telecommunications". */
export function listText(parts: readonly string[]): string {
  return listedItems(parts).join('; ');
}

/** The items a list shows: each once, blanks left out. */
export function listedItems(parts: readonly string[]): string[] {
  return [...new Set(parts.filter((part) => part.trim() !== ''))];
}

/** The two cells of a partial date: as written ("Jun–Jul 2023") and its first day, for sorting. */
export function partialDateCells(date: PartialDate | null): [TableCell, TableCell] {
  return date ? [formatPartialDate(date), calendarDay(date.start)] : [null, null];
}

export function buildReportLookups(records: ReportRecords): ReportLookups {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((record) => [record.id, record]));
  const organizations = byId(records.organizations);
  const deals = byId(records.deals);
  const indicators = byId(records.indicators);
  const sources = byId(records.sources);
  const titles = new Map<string, string>();
  for (const table of ['organizations', 'deals', 'indicators', 'events', 'sources'] as const) {
    for (const record of records[table]) titles.set(record.id, recordTitle(record));
  }
  const indicatorName = (id: string) => indicators.get(id)?.name ?? notInReport(id);
  for (const observation of records.observations) {
    titles.set(observation.id, `${indicatorName(observation.indicatorId)}, ${formatPartialDate(observation.period)}`);
  }
  return {
    organizationName: (id) => organizations.get(id)?.name ?? notInReport(id),
    organizationCountry: (id) => organizations.get(id)?.country ?? null,
    dealTitle: (id) => deals.get(id)?.title ?? notInReport(id),
    indicatorName,
    citationText: (citations) =>
      formatCitations(
        citations.map(({ sourceId, excerpt, location }) => ({
          sourceTitle: sources.get(sourceId)?.title ?? notInReport(sourceId),
          excerpt,
          location,
        })),
      ),
    annotationTarget: (annotation) => titles.get(annotation.targetId) ?? notInReport(annotation.targetId),
  };
}

/** "Uzbektelecom (beneficiary); Chinese financial institutions (unnamed) (financier)". */
export function partiesText(parties: readonly Party[], lookups: Pick<ReportLookups, 'organizationName'>): string {
  return listText(parties.map((party) => formatPartyWithRole(lookups.organizationName(party.organizationId), party.role)));
}
