import type { z } from 'zod';
import { annotationSchema } from './annotation';
import { dealSchema } from './deal';
import { eventSchema } from './event';
import { indicatorSchema, observationSchema } from './indicator';
import { organizationSchema } from './organization';
import { sourceSchema } from './source';

/** Every table of analyst records with the schema that guards it. History is not among them. */
export const recordSchemas = {
  organizations: organizationSchema,
  deals: dealSchema,
  indicators: indicatorSchema,
  observations: observationSchema,
  events: eventSchema,
  sources: sourceSchema,
  annotations: annotationSchema,
} as const;

export type RecordTable = keyof typeof recordSchemas;
export const recordTables = Object.keys(recordSchemas) as RecordTable[];

export type RecordOf<T extends RecordTable> = z.infer<(typeof recordSchemas)[T]>;
export type AnyRecord = RecordOf<RecordTable>;

/** What a caller supplies to create a record: the data layer stamps id and timestamps. */
export type RecordInput<T extends RecordTable> = Omit<RecordOf<T>, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> & {
  id?: string;
};
