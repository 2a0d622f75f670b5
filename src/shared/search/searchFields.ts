import { externalIdText, type ExternalId } from '../model/externalId';
import type { Citation } from '../model/record';
import { countryLabel } from '../model/labels';
import type { AnyRecord, RecordOf, RecordTable } from '../model/tables';
import { formatQuantity } from '../values/quantity';
import { searchTitleOf } from './recordSummary';
import { dateText, labelText, linkedRecord, type SearchContext } from './searchContext';

/** One piece of a record's searchable text, with the words that say what it is when it is shown as the match. */
export interface SearchField {
  /** "also known as", "sector:", "tag:"; empty where the text speaks for itself, as a title or a description does. */
  lead: string;
  text: string;
}

type FieldList = SearchField[];

function add(fields: FieldList, lead: string, text: string | null | undefined): void {
  if (text && text.trim() !== '') fields.push({ lead, text });
}

function addCitations(fields: FieldList, citations: Citation[]): void {
  for (const citation of citations) add(fields, 'cited:', citation.excerpt);
}

// The scheme is searched with the value, so "96082" and "GCDF 96082" both find the record.
function addExternalIds(fields: FieldList, externalIds: readonly ExternalId[]): void {
  for (const externalId of externalIds) add(fields, 'external id:', externalIdText(externalId));
}

function organizationName(context: SearchContext, id: string | null): string | undefined {
  return id === null ? undefined : context.organizationNames.get(id);
}

function addOwnFields(fields: FieldList, table: RecordTable, record: AnyRecord, context: SearchContext): void {
  switch (table) {
    case 'organizations': {
      const organization = record as RecordOf<'organizations'>;
      for (const alias of organization.aliases) add(fields, 'also known as', alias);
      add(fields, 'kind:', labelText(context, organization.kind));
      add(fields, 'country:', countryLabel(organization.country));
      for (const origin of organization.capitalOrigin) add(fields, 'capital from:', countryLabel(origin));
      for (const relation of organization.relations) {
        const related = linkedRecord(context, 'organizations', relation.organizationId);
        if (related) add(fields, '', `${labelText(context, relation.kind)} ${related.name}`);
      }
      if (organization.itParkResidency)
        add(fields, '', `IT Park ${labelText(context, organization.itParkResidency.status).toLowerCase()}`);
      add(fields, 'note:', organization.notes);
      addCitations(fields, organization.citations);
      addExternalIds(fields, organization.externalIds);
      return;
    }
    case 'deals': {
      const deal = record as RecordOf<'deals'>;
      add(fields, 'kind:', labelText(context, deal.kind));
      add(fields, 'status:', labelText(context, deal.status));
      add(fields, 'date:', dateText(context, deal.date));
      add(fields, 'place:', deal.place);
      add(fields, '', deal.description);
      for (const party of deal.parties) {
        const name = organizationName(context, party.organizationId);
        // The role is part of the text, so "financier" finds the deals that name one.
        if (name) add(fields, '', `${labelText(context, party.role).toLowerCase()}: ${name}`);
      }
      for (const sector of deal.sectors) add(fields, 'sector:', sector);
      for (const output of deal.outputs) add(fields, 'output:', formatQuantity(output));
      addCitations(fields, deal.citations);
      addExternalIds(fields, deal.externalIds);
      return;
    }
    case 'events': {
      const event = record as RecordOf<'events'>;
      add(fields, 'date:', dateText(context, event.date));
      add(fields, 'place:', event.place);
      add(fields, '', event.description);
      for (const id of event.organizerIds) add(fields, 'organizer:', organizationName(context, id));
      for (const participant of event.participants) {
        const who = [participant.personName, participant.role, organizationName(context, participant.organizationId)];
        add(fields, 'participant:', [...who, participant.contribution].filter(Boolean).join(', '));
      }
      addCitations(fields, event.citations);
      return;
    }
    case 'indicators': {
      const indicator = record as RecordOf<'indicators'>;
      add(fields, 'unit:', indicator.unit);
      add(fields, '', indicator.description);
      add(fields, 'country:', countryLabel(indicator.country));
      return;
    }
    case 'observations': {
      const observation = record as RecordOf<'observations'>;
      add(fields, 'indicator:', linkedRecord(context, 'indicators', observation.indicatorId)?.name);
      add(fields, 'note:', observation.notes);
      for (const id of observation.organizationIds) add(fields, 'including', organizationName(context, id));
      addCitations(fields, observation.citations);
      return;
    }
    case 'sources': {
      const source = record as RecordOf<'sources'>;
      add(fields, 'kind:', labelText(context, source.kind));
      add(fields, 'publisher:', source.publisher);
      add(fields, 'date:', dateText(context, source.date));
      add(fields, 'reference:', source.reference);
      add(fields, 'note:', source.notes);
      // Last, so a match in the document's own words is shown only when no field says it better.
      add(fields, 'text:', source.content);
      return;
    }
    case 'annotations': {
      const annotation = record as RecordOf<'annotations'>;
      for (const tag of annotation.tags) add(fields, 'tag:', tag);
      if (annotation.confidence) add(fields, '', `${annotation.confidence} confidence`);
      add(fields, 'by', annotation.author);
    }
  }
}

/**
 * Every text a record can be found by, its title first: its own fields, the names (and other names)
 * of the records it links to, and the notes and tags analysts have written on it.
 */
export function searchFieldsOf(table: RecordTable, record: AnyRecord, context: SearchContext): SearchField[] {
  const fields: FieldList = [{ lead: '', text: searchTitleOf(table, record, context) }];
  addOwnFields(fields, table, record, context);
  for (const annotation of context.annotationsByTarget.get(record.id) ?? []) {
    add(fields, 'annotation:', annotation.note);
    for (const tag of annotation.tags) add(fields, 'annotation tag:', tag);
  }
  return fields;
}
