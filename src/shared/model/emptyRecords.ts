import type { RecordInput } from './tables';

export type EditableTable = 'deals' | 'organizations' | 'events' | 'sources' | 'indicators';

/** What a new record starts as; fields no form edits (citations, participants, content) keep these. */
export const emptyRecordInputs: { [T in EditableTable]: RecordInput<T> } = {
  deals: {
    title: '',
    kind: 'other',
    status: 'unknown',
    date: null,
    place: '',
    description: '',
    parties: [],
    sectors: [],
    money: null,
    outputs: [],
    citations: [],
    externalIds: [],
  },
  organizations: {
    name: '',
    country: null,
    kind: 'private-company',
    aliases: [],
    capitalOrigin: [],
    relations: [],
    itParkResidency: null,
    notes: '',
    citations: [],
    externalIds: [],
  },
  events: { name: '', date: null, place: '', organizerIds: [], participants: [], dealIds: [], description: '', citations: [] },
  sources: { title: '', kind: 'document', publisher: '', date: null, language: 'en', reference: '', content: '', notes: '' },
  indicators: { name: '', unit: '', description: '', country: null },
};
