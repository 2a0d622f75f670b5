import type { RecordTable } from './tables';

/** How the app names one record of each table in messages ("Could not save the deal: …"). */
export const recordLabels: Record<RecordTable, { one: string; many: string }> = {
  organizations: { one: 'organization', many: 'organizations' },
  deals: { one: 'deal', many: 'deals' },
  indicators: { one: 'indicator', many: 'indicators' },
  observations: { one: 'observation', many: 'observations' },
  events: { one: 'event', many: 'events' },
  sources: { one: 'source', many: 'sources' },
  annotations: { one: 'annotation', many: 'annotations' },
};
