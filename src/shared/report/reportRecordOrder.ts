import type { RecordTable } from '../model/tables';
import { comparePartialDates } from '../values/partialDate';
import type { PartialDate } from '../values/partialDate.schema';
import type { ReportRecords } from './reportLookups';

/** Earliest first; a record with no date after every dated one. */
function byDate<T>(dateOf: (record: T) => PartialDate | null | undefined) {
  return (a: T, b: T): number => {
    const first = dateOf(a);
    const second = dateOf(b);
    if (!first || !second) return Number(!first) - Number(!second);
    return comparePartialDates(first, second);
  };
}

const byText =
  <T>(textOf: (record: T) => string) =>
  (a: T, b: T) =>
    textOf(a).localeCompare(textOf(b));

/**
 * The records in the order a reader looks for them: deals, events, observations and sources by date
 * (undated last), annotations as they were written, organizations and indicators by name. The table
 * a report was made from keeps the order the analyst sorted it in. Sorting is stable, so records of
 * the same date stay in the order they were stored.
 */
export function inReportOrder(records: ReportRecords, keepOrderOf: RecordTable | null = null): ReportRecords {
  const sorted = <T extends RecordTable>(
    table: T,
    compare: (a: ReportRecords[T][number], b: ReportRecords[T][number]) => number,
  ) => (table === keepOrderOf ? records[table] : [...records[table]].sort(compare));
  return {
    ...records,
    deals: sorted(
      'deals',
      byDate((deal) => deal.date),
    ),
    events: sorted(
      'events',
      byDate((event) => event.date),
    ),
    observations: sorted(
      'observations',
      byDate((observation) => observation.period),
    ),
    sources: sorted(
      'sources',
      byDate((source) => source.date),
    ),
    annotations: sorted(
      'annotations',
      byText((annotation) => annotation.createdAt),
    ),
    organizations: sorted(
      'organizations',
      byText((organization) => organization.name),
    ),
    indicators: sorted(
      'indicators',
      byText((indicator) => indicator.name),
    ),
  };
}
