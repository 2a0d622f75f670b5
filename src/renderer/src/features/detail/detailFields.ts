import { externalIdText, type ExternalId } from '@shared/model/externalId';
import { countryLabel, labelOf } from '@shared/model/labels';
import type { RecordOf, RecordTable } from '@shared/model/tables';
import { formatMoneyInWords } from '@shared/values/money';
import { formatPartialDate } from '@shared/values/partialDate';
import { formatQuantity } from '@shared/values/quantity';
import { isolateDirection } from '@shared/values/quoteValue';
import type { RecordIndex } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';

export interface DetailField {
  label: string;
  value: string;
}

// One a line: "AidData GCDF 3.0: 96082".
const externalIdsField = (externalIds: readonly ExternalId[]): DetailField => ({
  label: 'External IDs',
  value: externalIds.map(externalIdText).join('\n'),
});

const present = (fields: Array<DetailField | false>) =>
  fields.filter((field): field is DetailField => field !== false && field.value !== '');

/** The fields of a record as label/value text, in the order an analyst reads them. */
export function detailFields<T extends RecordTable>(table: T, record: RecordOf<T>, index: RecordIndex): DetailField[] {
  // Names and list items are joined into one text: each is isolated, so a direction control in one cannot reorder the rest.
  const name = (id: string) => isolateDirection(recordNameOf(index, id));
  // Lists read as the table and the reports write them: "post; telecommunications".
  const items = (values: readonly string[]) => values.map(isolateDirection).join('; ');
  switch (table) {
    case 'deals': {
      const deal = record as RecordOf<'deals'>;
      return present([
        { label: 'Kind', value: labelOf(deal.kind) },
        { label: 'Status', value: labelOf(deal.status) },
        { label: 'Date', value: deal.date ? formatPartialDate(deal.date) : 'Undated' },
        { label: 'Place', value: deal.place },
        { label: 'Parties', value: deal.parties.map((party) => `${name(party.organizationId)} (${party.role})`).join('; ') },
        { label: 'Value', value: deal.money ? formatMoneyInWords(deal.money) : '' },
        { label: 'Outputs', value: deal.outputs.map(formatQuantity).join('; ') },
        { label: 'Sectors', value: items(deal.sectors) },
        { label: 'Description', value: deal.description },
        externalIdsField(deal.externalIds),
      ]);
    }
    case 'organizations': {
      const organization = record as RecordOf<'organizations'>;
      const residency = organization.itParkResidency;
      return present([
        { label: 'Kind', value: labelOf(organization.kind) },
        { label: 'Country', value: countryLabel(organization.country) },
        { label: 'Also known as', value: items(organization.aliases) },
        { label: 'Capital from', value: organization.capitalOrigin.map(countryLabel).join('; ') },
        {
          label: 'Relations',
          value: organization.relations
            .map((relation) => `${labelOf(relation.kind)} ${name(relation.organizationId)}`)
            .join('; '),
        },
        residency !== null && {
          label: 'IT Park',
          value: [
            labelOf(residency.status),
            residency.since ? `since ${formatPartialDate(residency.since)}` : '',
            residency.asOf ? `(as of ${formatPartialDate(residency.asOf)})` : '',
          ]
            .filter(Boolean)
            .join(' '),
        },
        { label: 'Notes', value: organization.notes },
        externalIdsField(organization.externalIds),
      ]);
    }
    case 'indicators': {
      const indicator = record as RecordOf<'indicators'>;
      return present([
        { label: 'Unit', value: indicator.unit },
        { label: 'Country', value: countryLabel(indicator.country) },
        { label: 'Description', value: indicator.description },
      ]);
    }
    case 'events': {
      const event = record as RecordOf<'events'>;
      return present([
        { label: 'Dates', value: event.date ? formatPartialDate(event.date) : 'Undated' },
        { label: 'Place', value: event.place },
        { label: 'Organizers', value: event.organizerIds.map(name).join('; ') },
        {
          label: 'Participants',
          value: event.participants
            .map(
              (participant) =>
                [
                  isolateDirection(participant.personName ?? ''),
                  participant.organizationId ? name(participant.organizationId) : '',
                  isolateDirection(participant.role),
                ]
                  .filter(Boolean)
                  .join(', ') + (participant.contribution ? `: ${isolateDirection(participant.contribution)}` : ''),
            )
            .join('\n'),
        },
        { label: 'Outcomes', value: event.dealIds.map(name).join('; ') },
        { label: 'Description', value: event.description },
      ]);
    }
    case 'sources': {
      const source = record as RecordOf<'sources'>;
      return present([
        { label: 'Kind', value: labelOf(source.kind) },
        { label: 'Publisher', value: source.publisher },
        { label: 'Date', value: source.date ? formatPartialDate(source.date) : 'Undated' },
        { label: 'Language', value: source.language },
        { label: 'Reference', value: source.reference },
        { label: 'Notes', value: source.notes },
      ]);
    }
    case 'annotations': {
      const annotation = record as RecordOf<'annotations'>;
      return present([
        { label: 'On', value: name(annotation.targetId) },
        { label: 'Note', value: annotation.note },
        { label: 'Tags', value: items(annotation.tags) },
        { label: 'Confidence', value: annotation.confidence ? labelOf(annotation.confidence) : '' },
        { label: 'Author', value: annotation.author },
      ]);
    }
    default:
      return [];
  }
}
