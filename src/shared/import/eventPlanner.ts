import type { EventRecord, Participant } from '../model/event';
import { resolveOrganizationNames } from './fileReferences';
import type { NewRecord } from './importPlanTypes';
import { dateValue, listValue, textValue, unionBy, withoutStamps, type KindPlanner } from './kindPlanner';
import { eventNaturalKey } from './storeIndex';

export const eventPlanner: KindPlanner<'events'> = {
  table: 'events',
  requiredFields: ['name'],
  sourceFields: {
    name: ['name'],
    date: ['date'],
    place: ['place'],
    organizerIds: ['organizer'],
    participants: ['participants'],
    description: ['description'],
  },
  sameness: () => 'the same name and date',
  naturalKeyOf: (event) => eventNaturalKey(event.name, event.date),
  buildRecord(fields, context) {
    const needs: string[] = [];
    const organizer = { field: 'organizer', country: null };
    const organizerIds = resolveOrganizationNames(listValue(fields, 'organizer'), organizer, fields, context, needs);
    const participant = { field: 'participants', country: null };
    const participantIds = resolveOrganizationNames(listValue(fields, 'participants'), participant, fields, context, needs);
    const name = textValue(fields, 'name');
    const date = dateValue(fields, 'date');
    const matchKey = eventNaturalKey(name ?? '', date);
    const existing = matchKey ? (context.store.byNaturalKey.get(matchKey) as EventRecord | undefined) : undefined;
    const record: NewRecord<'events'> = existing
      ? withoutStamps<'events'>(existing)
      : {
          id: context.input.newId(),
          name: '',
          date: null,
          place: '',
          organizerIds: [],
          participants: [],
          dealIds: [],
          description: '',
          citations: [],
        };
    record.name = name ?? record.name;
    record.date = date ?? record.date;
    record.place = textValue(fields, 'place') ?? record.place;
    record.description = textValue(fields, 'description') ?? record.description;
    record.organizerIds = unionBy(record.organizerIds, organizerIds, (id) => id);
    // A participants column names organizations; people are added by hand, with their roles.
    const participants = participantIds.map((organizationId): Participant => ({
      organizationId,
      personName: null,
      role: '',
      contribution: '',
    }));
    record.participants = unionBy(record.participants, participants, (entry) => entry.organizationId ?? entry.personName ?? '');
    return { record, existing, matchKey, needs };
  },
};
