import { externalIdText } from '../model/externalId';
import { countryLabel, labelOf } from '../model/labels';
import { recordLabels } from '../model/recordLabels';
import { formatMoneyInWords, usdAmount } from '../values/money';
import { formatOutputs } from './outputsText';
import { listText, partialDateCells, partiesText, type ReportLookups, type ReportRecords } from './reportLookups';
import { cellFormats, localDateTime, type TableCell, type TableColumn } from './tableCells';

/** One sheet of a report: a table with a header row. */
export interface ReportTable {
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
}

const column = (header: string): TableColumn => ({ header });
const day = (header: string): TableColumn => ({ header, format: cellFormats.day });
const sourcesColumn = column('Sources');
// "AidData GCDF 3.0: 96082; Register No.: 17", which the import reads back as each id with its scheme.
const externalIdsColumn = column('External IDs');
/**
 * The record's id, last and narrow: people read the other columns, and the import matches the row to
 * the record it came from by it, so a report imported into its own store changes nothing.
 */
export const recordIdColumn: TableColumn = { header: 'ID', width: 12 };

function dealsTable(records: ReportRecords, lookups: ReportLookups): ReportTable {
  return {
    name: 'Deals',
    columns: [
      column('Title'),
      column('Kind'),
      column('Status'),
      column('Date'),
      day('Date (start)'),
      column('Place'),
      column('Parties'),
      column('Sectors'),
      { header: 'Value (USD)', format: cellFormats.usd },
      column('Qualifier'),
      column('Value as stated'),
      column('Outputs'),
      column('Description'),
      sourcesColumn,
      externalIdsColumn,
      recordIdColumn,
    ],
    rows: records.deals.map((deal) => [
      deal.title,
      labelOf(deal.kind),
      labelOf(deal.status),
      ...partialDateCells(deal.date),
      deal.place,
      partiesText(deal.parties, lookups),
      listText(deal.sectors),
      usdAmount(deal.money),
      deal.money ? labelOf(deal.money.qualifier) : null,
      // The USD value has its own column; the stated amount alone reads back as the money it states.
      deal.money ? formatMoneyInWords({ ...deal.money, usd: null }) : null,
      formatOutputs(deal.outputs),
      deal.description,
      lookups.citationText(deal.citations),
      listText(deal.externalIds.map(externalIdText)),
      deal.id,
    ]),
  };
}

function organizationsTable(records: ReportRecords, lookups: ReportLookups): ReportTable {
  return {
    name: 'Organizations',
    columns: [
      column('Name'),
      column('Country'),
      column('Kind'),
      column('Also known as'),
      column('Capital from'),
      column('Related organizations'),
      column('IT Park status'),
      column('IT Park resident since'),
      day('Resident since (start)'),
      column('Notes'),
      sourcesColumn,
      externalIdsColumn,
      recordIdColumn,
    ],
    rows: records.organizations.map((organization) => {
      const residency = organization.itParkResidency;
      return [
        organization.name,
        countryLabel(organization.country),
        labelOf(organization.kind),
        listText(organization.aliases),
        listText(organization.capitalOrigin.map(countryLabel)),
        listText(
          organization.relations.map(
            (relation) => `${labelOf(relation.kind)} ${lookups.organizationName(relation.organizationId)}`,
          ),
        ),
        residency ? labelOf(residency.status) : null,
        ...partialDateCells(residency?.since ?? null),
        organization.notes,
        lookups.citationText(organization.citations),
        listText(organization.externalIds.map(externalIdText)),
        organization.id,
      ];
    }),
  };
}

function indicatorsTable(records: ReportRecords, lookups: ReportLookups): ReportTable {
  const units = new Map(records.indicators.map((indicator) => [indicator.id, indicator.unit]));
  return {
    name: 'Indicators',
    columns: [
      column('Indicator'),
      column('Period'),
      day('Period (start)'),
      column('Value'),
      column('Qualifier'),
      column('Unit'),
      column('Basis'),
      column('Notes'),
      sourcesColumn,
      recordIdColumn,
    ],
    rows: records.observations.map((observation) => [
      lookups.indicatorName(observation.indicatorId),
      ...partialDateCells(observation.period),
      observation.value,
      labelOf(observation.qualifier),
      units.get(observation.indicatorId) ?? null,
      observation.basis === 'cumulative' ? 'Running total at the end of the period' : 'During the period',
      observation.notes,
      lookups.citationText(observation.citations),
      observation.id,
    ]),
  };
}

function eventsTable(records: ReportRecords, lookups: ReportLookups): ReportTable {
  return {
    name: 'Events',
    columns: [
      column('Name'),
      column('Date'),
      day('Date (start)'),
      column('Place'),
      column('Organizers'),
      column('Participants'),
      column('Deals that came of it'),
      column('Description'),
      sourcesColumn,
      recordIdColumn,
    ],
    rows: records.events.map((event) => [
      event.name,
      ...partialDateCells(event.date),
      event.place,
      listText(event.organizerIds.map(lookups.organizationName)),
      listText(
        event.participants.map((participant) => {
          const organization = participant.organizationId ? lookups.organizationName(participant.organizationId) : '';
          const who = [participant.personName, organization].filter(Boolean).join(', ');
          return participant.role ? `${who} (${participant.role})` : who;
        }),
      ),
      listText(event.dealIds.map(lookups.dealTitle)),
      event.description,
      lookups.citationText(event.citations),
      event.id,
    ]),
  };
}

function annotationsTable(records: ReportRecords, lookups: ReportLookups): ReportTable {
  return {
    name: 'Annotations',
    columns: [
      column('Note'),
      column('Tags'),
      column('Confidence'),
      column('On'),
      column('Record'),
      column('Author'),
      { header: 'Created', format: cellFormats.dateTime },
      recordIdColumn,
    ],
    rows: records.annotations.map((annotation) => [
      annotation.note,
      listText(annotation.tags),
      annotation.confidence ? labelOf(annotation.confidence) : null,
      labelOf(recordLabels[annotation.targetTable].one),
      lookups.annotationTarget(annotation),
      annotation.author,
      localDateTime(new Date(annotation.createdAt)),
      annotation.id,
    ]),
  };
}

/** The cited documents, so the "Sources" cells of the other sheets can be looked up. */
function sourcesTable(records: ReportRecords): ReportTable {
  return {
    name: 'Sources',
    columns: [
      column('Title'),
      column('Kind'),
      column('Publisher'),
      column('Date'),
      day('Date (start)'),
      column('Language'),
      column('Reference'),
      column('Notes'),
      recordIdColumn,
    ],
    rows: records.sources.map((source) => [
      source.title,
      labelOf(source.kind),
      source.publisher,
      ...partialDateCells(source.date),
      source.language,
      source.reference,
      source.notes,
      source.id,
    ]),
  };
}

/** The record sheets of a report, in the order they appear after the summary. */
export function reportTables(records: ReportRecords, lookups: ReportLookups): ReportTable[] {
  return [
    dealsTable(records, lookups),
    organizationsTable(records, lookups),
    indicatorsTable(records, lookups),
    eventsTable(records, lookups),
    annotationsTable(records, lookups),
    sourcesTable(records),
  ];
}
