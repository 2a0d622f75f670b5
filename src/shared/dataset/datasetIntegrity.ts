import type { Dataset } from '../model/dataset';
import type { Citation } from '../model/record';
import { referencesOf } from '../model/references';
import { recordTables, type AnyRecord, type RecordOf, type RecordTable } from '../model/tables';
import { daysInMonth, fromIsoDay, toIsoDay } from '../values/calendar';
import type { DateUnit, PartialDate } from '../values/partialDate.schema';

/**
 * What the schemas cannot see, because they check one record at a time: ids that collide across
 * tables, references that lead nowhere, excerpts that are not in their source, and dates whose
 * start or end falls inside a unit (a "month" starting on the 2nd) and so sort and overlap wrongly.
 */
export function findDatasetProblems(dataset: Dataset): string[] {
  const index = indexDataset(dataset);
  return [
    ...findDuplicateIds(index),
    ...findBrokenReferences(dataset, index),
    ...findCitationProblems(dataset, index),
    ...findMisalignedDates(dataset, index),
  ];
}

interface IndexedRecord {
  table: RecordTable;
  id: string;
  /** "deals “Uzbektelecom–Tencent agreements” (id …)": how a problem names its record. */
  label: string;
}

interface DatasetIndex {
  records: IndexedRecord[];
  idsByTable: Record<RecordTable, Set<string>>;
  labelOf: (table: RecordTable, id: string) => string;
}

const singularOf: Record<RecordTable, string> = {
  sources: 'a source',
  organizations: 'an organization',
  deals: 'a deal',
  indicators: 'an indicator',
  observations: 'an observation',
  events: 'an event',
  annotations: 'an annotation',
};

function indexDataset(dataset: Dataset): DatasetIndex {
  const indicatorNames = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.name]));
  const named = (table: RecordTable, id: string, name: string): IndexedRecord => ({
    table,
    id,
    label: `${table} “${name}” (id ${id})`,
  });
  const records: IndexedRecord[] = [
    ...dataset.sources.map((source) => named('sources', source.id, source.title)),
    ...dataset.organizations.map((organization) => named('organizations', organization.id, organization.name)),
    ...dataset.deals.map((deal) => named('deals', deal.id, deal.title)),
    ...dataset.indicators.map((indicator) => named('indicators', indicator.id, indicator.name)),
    ...dataset.observations.map((observation) => {
      const indicator = indicatorNames.get(observation.indicatorId) ?? 'unknown indicator';
      return named('observations', observation.id, `${indicator}, ${observation.period.start}..${observation.period.end}`);
    }),
    ...dataset.events.map((event) => named('events', event.id, event.name)),
    ...dataset.annotations.map((annotation) =>
      named('annotations', annotation.id, `note on ${annotation.targetTable} ${annotation.targetId}`),
    ),
  ];
  const idsByTable = Object.fromEntries(
    Object.keys(singularOf).map((table) => [table, new Set<string>()]),
  ) as DatasetIndex['idsByTable'];
  const labels = new Map<string, string>();
  for (const record of records) {
    idsByTable[record.table].add(record.id);
    labels.set(`${record.table}/${record.id}`, record.label);
  }
  return { records, idsByTable, labelOf: (table, id) => labels.get(`${table}/${id}`) ?? `${table} record ${id}` };
}

function findDuplicateIds({ records }: DatasetIndex): string[] {
  const firstHolder = new Map<string, IndexedRecord>();
  const problems: string[] = [];
  for (const record of records) {
    const first = firstHolder.get(record.id);
    if (first) problems.push(`${record.label}: field id repeats the id of ${first.label}; every record needs its own id.`);
    else firstHolder.set(record.id, record);
  }
  return problems;
}

interface Reference {
  from: RecordTable;
  fromId: string;
  field: string;
  to: RecordTable;
  id: string;
}

function datasetReferences(dataset: Dataset): Reference[] {
  return recordTables.flatMap((table) =>
    (dataset[table] as AnyRecord[]).flatMap((record) =>
      referencesOf(table, record as RecordOf<typeof table>).map((reference) => ({
        from: table,
        fromId: record.id,
        field: reference.field,
        to: reference.table,
        id: reference.id,
      })),
    ),
  );
}

function findBrokenReferences(dataset: Dataset, index: DatasetIndex): string[] {
  return datasetReferences(dataset)
    .filter((reference) => !index.idsByTable[reference.to].has(reference.id))
    .map(
      (reference) =>
        `${index.labelOf(reference.from, reference.fromId)}: field ${reference.field} refers to id ${reference.id}, which is not ${singularOf[reference.to]} in this dataset.`,
    );
}

type CitingTable = 'organizations' | 'deals' | 'observations' | 'events';

function citingRecords(dataset: Dataset): [CitingTable, { id: string; citations: Citation[] }][] {
  return [
    ...dataset.organizations.map((record) => ['organizations', record] as [CitingTable, typeof record]),
    ...dataset.deals.map((record) => ['deals', record] as [CitingTable, typeof record]),
    ...dataset.observations.map((record) => ['observations', record] as [CitingTable, typeof record]),
    ...dataset.events.map((record) => ['events', record] as [CitingTable, typeof record]),
  ];
}

function findCitationProblems(dataset: Dataset, index: DatasetIndex): string[] {
  const contentOf = new Map(dataset.sources.map((source) => [source.id, source.content]));
  const problems: string[] = [];
  for (const [table, record] of citingRecords(dataset)) {
    record.citations.forEach((citation, i) => {
      const content = contentOf.get(citation.sourceId);
      // A source held by reference only (no text) cannot be checked; a missing source is reported as a broken reference.
      if (!content || content.includes(citation.excerpt)) return;
      problems.push(
        `${index.labelOf(table, record.id)}: field citations[${i}].excerpt “${citation.excerpt}” is not found word for word in ${index.labelOf('sources', citation.sourceId)}.`,
      );
    });
  }
  return problems;
}

type DatedField = [table: RecordTable, id: string, field: string, date: PartialDate | null];

function datesOf(dataset: Dataset): DatedField[] {
  const dates: DatedField[] = [];
  for (const source of dataset.sources) dates.push(['sources', source.id, 'date', source.date]);
  for (const organization of dataset.organizations) {
    dates.push(['organizations', organization.id, 'itParkResidency.since', organization.itParkResidency?.since ?? null]);
    dates.push(['organizations', organization.id, 'itParkResidency.asOf', organization.itParkResidency?.asOf ?? null]);
  }
  for (const deal of dataset.deals) dates.push(['deals', deal.id, 'date', deal.date]);
  for (const observation of dataset.observations) dates.push(['observations', observation.id, 'period', observation.period]);
  for (const event of dataset.events) dates.push(['events', event.id, 'date', event.date]);
  return dates;
}

function findMisalignedDates(dataset: Dataset, index: DatasetIndex): string[] {
  const problems: string[] = [];
  for (const [table, id, field, date] of datesOf(dataset)) {
    if (date === null) continue;
    const problem = describeMisalignment(date);
    if (problem) problems.push(`${index.labelOf(table, id)}: field ${field} ${problem}.`);
  }
  return problems;
}

const monthsPerUnit: Record<Exclude<DateUnit, 'day'>, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const unitNames: Record<DateUnit, string> = { day: 'day', month: 'month', quarter: 'quarter', half: 'half-year', year: 'year' };

/** Why a partial date is not aligned to its unit, or null when it is. */
export function describeMisalignment(date: PartialDate): string | null {
  const start = fromIsoDay(date.start);
  const end = fromIsoDay(date.end);
  if (!start) return `starts on ${date.start}, which is not a calendar day`;
  if (!end) return `ends on ${date.end}, which is not a calendar day`;
  if (date.start > date.end) return `starts on ${date.start}, after its end ${date.end}`;
  if (date.unit === 'day') return null;
  const months = monthsPerUnit[date.unit];
  const unit = unitNames[date.unit];
  const firstMonth = start.month - ((start.month - 1) % months);
  const expectedStart = toIsoDay({ year: start.year, month: firstMonth, day: 1 });
  if (date.start !== expectedStart)
    return `starts on ${date.start}, not on the first day of a ${unit} (expected ${expectedStart})`;
  const lastMonth = end.month - ((end.month - 1) % months) + months - 1;
  const expectedEnd = toIsoDay({ year: end.year, month: lastMonth, day: daysInMonth(end.year, lastMonth) });
  if (date.end !== expectedEnd) return `ends on ${date.end}, not on the last day of a ${unit} (expected ${expectedEnd})`;
  return null;
}
