import type { Party } from '../model/deal';
import type { Participant } from '../model/event';
import { externalIdText, type ExternalId } from '../model/externalId';
import { countryLabel, labelOf } from '../model/labels';
import type { Citation } from '../model/record';
import { formatMoneyInWords } from '../values/moneyFormat';
import type { Money } from '../values/money.schema';
import { formatGroupedNumber } from '../values/numberFormat';
import { formatPartialDate } from '../values/partialDateFormat';
import type { PartialDate } from '../values/partialDate.schema';
import { formatQuantity } from '../values/quantity';
import type { Quantity } from '../values/quantity.schema';
import type { ImportTable } from './importPlanTypes';

/** How a record field is named on screen; parts of a grouped field as "field.part" (see updatePolicy.ts). */
const fieldLabels: { [T in ImportTable]: Readonly<Record<string, string>> } = {
  deals: {
    title: 'Title',
    kind: 'Kind',
    status: 'Status',
    date: 'Date',
    place: 'Place',
    description: 'Description',
    parties: 'Parties',
    sectors: 'Sectors',
    money: 'Amount',
    outputs: 'Outputs',
    citations: 'Sources',
    externalIds: 'External IDs',
  },
  organizations: {
    name: 'Name',
    country: 'Country',
    kind: 'Kind',
    aliases: 'Aliases',
    capitalOrigin: 'Capital from',
    relations: 'Relations',
    'itParkResidency.status': 'IT Park status',
    'itParkResidency.since': 'IT Park since',
    'itParkResidency.asOf': 'IT Park status as of',
    notes: 'Notes',
    citations: 'Sources',
    externalIds: 'External IDs',
  },
  observations: {
    indicatorId: 'Indicator',
    period: 'Period',
    value: 'Value',
    qualifier: 'Qualifier',
    basis: 'Basis',
    organizationIds: 'Organizations',
    notes: 'Notes',
    citations: 'Sources',
  },
  events: {
    name: 'Name',
    date: 'Date',
    place: 'Place',
    organizerIds: 'Organizers',
    participants: 'Participants',
    dealIds: 'Deals',
    description: 'Description',
    citations: 'Sources',
  },
};

/** Fields holding a code the app labels in words ("in-progress" is "In progress"). */
const codeFields = new Set(['kind', 'status', 'basis', 'qualifier', 'itParkResidency.status']);
const countryFields = new Set(['country', 'capitalOrigin']);

/** Names of the records a field points at: stored ones and those the file would create. */
export interface RecordNames {
  organizationName(id: string): string;
  sourceTitle(id: string): string;
  recordName(id: string): string;
}

export function fieldLabelOf(table: ImportTable, field: string): string {
  return fieldLabels[table][field] ?? field;
}

/**
 * A field's value as an analyst reads it, with the app's own formats: "approximately USD 700 million",
 * "Jun–Jul 2023", "Huawei (supplier); Uzbektelecom (beneficiary)". Empty values are "".
 */
export function fieldValueText(field: string, value: unknown, names: RecordNames): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => itemText(field, item, names)).join('; ');
  return itemText(field, value, names);
}

function itemText(field: string, value: unknown, names: RecordNames): string {
  if (typeof value === 'string') {
    if (countryFields.has(field)) return countryLabel(value);
    if (codeFields.has(field)) return labelOf(value);
    if (field.endsWith('Ids') || field === 'indicatorId') return names.recordName(value);
    return value;
  }
  if (typeof value === 'number') return formatGroupedNumber(value, 6);
  if (typeof value !== 'object' || value === null) return String(value);
  switch (field) {
    case 'money':
      return formatMoneyInWords(value as Money);
    case 'parties': {
      const party = value as Party;
      return `${names.organizationName(party.organizationId)} (${party.role})`;
    }
    case 'participants': {
      const participant = value as Participant;
      const who = participant.organizationId ? names.organizationName(participant.organizationId) : '';
      return participant.personName ? `${participant.personName}${who ? `, ${who}` : ''}` : who;
    }
    case 'citations': {
      const citation = value as Citation;
      const title = names.sourceTitle(citation.sourceId);
      return citation.location ? `${title} (${citation.location})` : title;
    }
    case 'outputs':
      return formatQuantity(value as Quantity);
    case 'externalIds':
      return externalIdText(value as ExternalId);
    case 'relations': {
      const relation = value as { kind: string; organizationId: string };
      return `${labelOf(relation.kind)} ${names.organizationName(relation.organizationId)}`;
    }
  }
  if ('unit' in value && 'start' in value) return formatPartialDate(value as PartialDate);
  return JSON.stringify(value);
}
