import type { Citation } from './record';
import type { RecordOf, RecordTable } from './tables';

/** A link from one record to another, with the field it sits in, for integrity checks. */
export interface RecordReference {
  field: string;
  table: RecordTable;
  id: string;
}

function citationReferences(citations: Citation[]): RecordReference[] {
  return citations.map((citation, index) => ({ field: `citations.${index}.sourceId`, table: 'sources', id: citation.sourceId }));
}

/** Every other record this record points at; the data layer refuses writes whose links dangle. */
export function referencesOf<T extends RecordTable>(table: T, record: RecordOf<T>): RecordReference[] {
  switch (table) {
    case 'organizations': {
      const organization = record as RecordOf<'organizations'>;
      return [
        ...organization.relations.map((relation, index) => ({
          field: `relations.${index}.organizationId`,
          table: 'organizations' as const,
          id: relation.organizationId,
        })),
        ...citationReferences(organization.citations),
      ];
    }
    case 'deals': {
      const deal = record as RecordOf<'deals'>;
      return [
        ...deal.parties.map((party, index) => ({
          field: `parties.${index}.organizationId`,
          table: 'organizations' as const,
          id: party.organizationId,
        })),
        ...citationReferences(deal.citations),
      ];
    }
    case 'observations': {
      const observation = record as RecordOf<'observations'>;
      return [
        { field: 'indicatorId', table: 'indicators', id: observation.indicatorId },
        ...observation.organizationIds.map((id, index) => ({
          field: `organizationIds.${index}`,
          table: 'organizations' as const,
          id,
        })),
        ...citationReferences(observation.citations),
      ];
    }
    case 'events': {
      const event = record as RecordOf<'events'>;
      return [
        ...event.organizerIds.map((id, index) => ({ field: `organizerIds.${index}`, table: 'organizations' as const, id })),
        ...event.participants.flatMap((participant, index) =>
          participant.organizationId
            ? [{ field: `participants.${index}.organizationId`, table: 'organizations' as const, id: participant.organizationId }]
            : [],
        ),
        ...event.dealIds.map((id, index) => ({ field: `dealIds.${index}`, table: 'deals' as const, id })),
        ...citationReferences(event.citations),
      ];
    }
    case 'annotations': {
      const annotation = record as RecordOf<'annotations'>;
      return [{ field: 'targetId', table: annotation.targetTable, id: annotation.targetId }];
    }
    default:
      return [];
  }
}
