import type { Participant } from '../model/event';
import { externalIdText } from '../model/externalId';
import type { HistoryEntry } from '../model/history';
import { countryLabel, labelOf } from '../model/labels';
import { recordLabels } from '../model/recordLabels';
import type { RecordOf } from '../model/tables';
import { formatPartialDate } from '../values/partialDate';
import type { PartialDate } from '../values/partialDate.schema';
import { booleanCell, booleanFormat } from './backupCells';
import type { BackupTable } from './backupFormat';
import { formatOutputs } from './outputsText';
import { listText, partiesText, type ReportLookups } from './reportLookups';
import { calendarDay, cellFormats, type TableCell, type TableColumn } from './tableCells';

/** A column for people to read: a header in their words, and how a record fills it. */
export interface ReadableColumn<Row> {
  column: TableColumn;
  cell: (row: Row, lookups: ReportLookups) => TableCell;
}

const text = <Row>(header: string, cell: ReadableColumn<Row>['cell']): ReadableColumn<Row> => ({ column: { header }, cell });
const formatted = <Row>(header: string, format: string, cell: ReadableColumn<Row>['cell']): ReadableColumn<Row> => ({
  column: { header, format },
  cell,
});

/** Stored instants are UTC; the sheet says so, so that colleagues in other time zones read the same time. */
const instant = (iso: string | null): TableCell => (iso ? new Date(iso) : null);

/** "June–July 2023" as written, and beside it a real date only where the source gives the day. */
function dateColumns<Row>(label: string, dateOf: (row: Row) => PartialDate | null | undefined): ReadableColumn<Row>[] {
  return [
    text(label, (row) => {
      const date = dateOf(row);
      return date ? formatPartialDate(date) : null;
    }),
    formatted(`${label} (exact day)`, cellFormats.day, (row) => {
      const date = dateOf(row);
      return date && date.unit === 'day' && !date.approximate ? calendarDay(date.start) : null;
    }),
  ];
}

/** Created, updated and deleted, last among the readable columns: they matter least to a reader. */
function timestampColumns<
  Row extends { createdAt: string; updatedAt: string; deletedAt: string | null },
>(): ReadableColumn<Row>[] {
  return [
    formatted('Created (UTC)', cellFormats.dateTime, (row) => instant(row.createdAt)),
    formatted('Updated (UTC)', cellFormats.dateTime, (row) => instant(row.updatedAt)),
    formatted('Deleted (UTC)', cellFormats.dateTime, (row) => instant(row.deletedAt)),
  ];
}

const sourcesColumn = <Row extends { citations: RecordOf<'deals'>['citations'] }>() =>
  text<Row>('Sources', (row, lookups) => lookups.citationText(row.citations));

function participantText(participant: Participant, lookups: ReportLookups): string {
  const organization = participant.organizationId ? lookups.organizationName(participant.organizationId) : '';
  const who = [participant.personName, organization].filter(Boolean).join(', ');
  return participant.role ? `${who} (${participant.role})` : who;
}

/** The title or name a history entry's record had, from the entry itself, since the record may be gone. */
function historyRecordTitle(entry: HistoryEntry): TableCell {
  const record = entry.after ?? entry.before;
  const title = record?.['title'] ?? record?.['name'];
  return typeof title === 'string' ? title : null;
}

const deals: ReadableColumn<RecordOf<'deals'>>[] = [
  text('Title', (deal) => deal.title),
  text('Kind', (deal) => labelOf(deal.kind)),
  text('Status', (deal) => labelOf(deal.status)),
  ...dateColumns<RecordOf<'deals'>>('Date', (deal) => deal.date),
  text('Place', (deal) => deal.place),
  text('Parties', (deal, lookups) => partiesText(deal.parties, lookups)),
  text('Sectors', (deal) => listText(deal.sectors)),
  formatted('Amount', cellFormats.usd, (deal) => deal.money?.amount ?? null),
  text('Currency', (deal) => deal.money?.currency ?? null),
  text('Qualifier', (deal) => (deal.money ? labelOf(deal.money.qualifier) : null)),
  formatted('Value (USD)', cellFormats.usd, (deal) => deal.money?.usd?.amount ?? null),
  text('Outputs', (deal) => formatOutputs(deal.outputs)),
  text('Description', (deal) => deal.description),
  sourcesColumn<RecordOf<'deals'>>(),
  text('External IDs', (deal) => listText(deal.externalIds.map(externalIdText))),
  ...timestampColumns<RecordOf<'deals'>>(),
];

const organizations: ReadableColumn<RecordOf<'organizations'>>[] = [
  text('Name', (organization) => organization.name),
  text('Country', (organization) => countryLabel(organization.country)),
  text('Kind', (organization) => labelOf(organization.kind)),
  text('Also known as', (organization) => listText(organization.aliases)),
  text('Capital from', (organization) => listText(organization.capitalOrigin.map(countryLabel))),
  text('Related organizations', (organization, lookups) =>
    listText(
      organization.relations.map((relation) => `${labelOf(relation.kind)} ${lookups.organizationName(relation.organizationId)}`),
    ),
  ),
  text('IT Park status', (organization) => (organization.itParkResidency ? labelOf(organization.itParkResidency.status) : null)),
  ...dateColumns<RecordOf<'organizations'>>('IT Park resident since', (organization) => organization.itParkResidency?.since),
  text('IT Park status as of', (organization) => {
    const asOf = organization.itParkResidency?.asOf;
    return asOf ? formatPartialDate(asOf) : null;
  }),
  text('Notes', (organization) => organization.notes),
  sourcesColumn<RecordOf<'organizations'>>(),
  text('External IDs', (organization) => listText(organization.externalIds.map(externalIdText))),
  ...timestampColumns<RecordOf<'organizations'>>(),
];

const sources: ReadableColumn<RecordOf<'sources'>>[] = [
  text('Title', (source) => source.title),
  text('Kind', (source) => labelOf(source.kind)),
  text('Publisher', (source) => source.publisher),
  ...dateColumns<RecordOf<'sources'>>('Date', (source) => source.date),
  text('Language', (source) => source.language),
  text('Reference', (source) => source.reference),
  text('Notes', (source) => source.notes),
  ...timestampColumns<RecordOf<'sources'>>(),
];

const indicators: ReadableColumn<RecordOf<'indicators'>>[] = [
  text('Name', (indicator) => indicator.name),
  text('Unit', (indicator) => indicator.unit),
  text('Country', (indicator) => countryLabel(indicator.country)),
  text('Description', (indicator) => indicator.description),
  ...timestampColumns<RecordOf<'indicators'>>(),
];

const observations: ReadableColumn<RecordOf<'observations'>>[] = [
  text('Indicator', (observation, lookups) => lookups.indicatorName(observation.indicatorId)),
  ...dateColumns<RecordOf<'observations'>>('Period', (observation) => observation.period),
  formatted('Value', '#,##0.##########', (observation) => observation.value),
  text('Qualifier', (observation) => labelOf(observation.qualifier)),
  text('Basis', (observation) =>
    observation.basis === 'cumulative' ? 'Running total at the end of the period' : 'During the period',
  ),
  text('Organizations named', (observation, lookups) => listText(observation.organizationIds.map(lookups.organizationName))),
  text('Notes', (observation) => observation.notes),
  sourcesColumn<RecordOf<'observations'>>(),
  ...timestampColumns<RecordOf<'observations'>>(),
];

const events: ReadableColumn<RecordOf<'events'>>[] = [
  text('Name', (event) => event.name),
  ...dateColumns<RecordOf<'events'>>('Date', (event) => event.date),
  text('Place', (event) => event.place),
  text('Organizers', (event, lookups) => listText(event.organizerIds.map(lookups.organizationName))),
  text('Participants', (event, lookups) =>
    listText(event.participants.map((participant) => participantText(participant, lookups))),
  ),
  text('Deals that came of it', (event, lookups) => listText(event.dealIds.map(lookups.dealTitle))),
  text('Description', (event) => event.description),
  sourcesColumn<RecordOf<'events'>>(),
  ...timestampColumns<RecordOf<'events'>>(),
];

const annotations: ReadableColumn<RecordOf<'annotations'>>[] = [
  text('Note', (annotation) => annotation.note),
  text('Tags', (annotation) => listText(annotation.tags)),
  text('Confidence', (annotation) => (annotation.confidence ? labelOf(annotation.confidence) : null)),
  text('On', (annotation) => labelOf(recordLabels[annotation.targetTable].one)),
  text('Record', (annotation, lookups) => lookups.annotationTarget(annotation)),
  text('Author', (annotation) => annotation.author),
  formatted('Pinned', booleanFormat, (annotation) => booleanCell(annotation.pinned)),
  ...timestampColumns<RecordOf<'annotations'>>(),
];

const history: ReadableColumn<HistoryEntry>[] = [
  formatted('When (UTC)', cellFormats.dateTime, (entry) => instant(entry.at)),
  text('Who', (entry) => entry.actor),
  text('Action', (entry) => labelOf(entry.action)),
  text('Record kind', (entry) => labelOf(recordLabels[entry.table].one)),
  text('Record', historyRecordTitle),
];

/**
 * The columns a colleague reads on each sheet, before the columns a restore reads. Settings have none:
 * their keys and JSON values are the readable form.
 */
export const readableColumns = {
  sources,
  organizations,
  deals,
  indicators,
  observations,
  events,
  annotations,
  history,
  meta: [],
} as const satisfies { [T in BackupTable]: readonly ReadableColumn<never>[] };

/** The readable columns of a table, for any of its rows. */
export function readableColumnsOf(table: BackupTable): readonly ReadableColumn<object>[] {
  return readableColumns[table] as readonly ReadableColumn<object>[];
}
