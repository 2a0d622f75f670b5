import { z } from 'zod';
import { annotationSchema } from './annotation';
import { dealSchema } from './deal';
import { eventSchema } from './event';
import { indicatorSchema, observationSchema } from './indicator';
import { organizationSchema } from './organization';
import { sourceSchema } from './source';

/** The shape of resources/default-dataset.json: every record kind, versioned. */
export const datasetSchema = z
  .object({
    formatVersion: z.literal(1),
    /** Bumped whenever the content changes, so a store can tell which edition it was filled from. */
    datasetVersion: z.string().min(1),
    title: z.string(),
    sources: z.array(sourceSchema),
    organizations: z.array(organizationSchema),
    deals: z.array(dealSchema),
    indicators: z.array(indicatorSchema),
    observations: z.array(observationSchema),
    events: z.array(eventSchema),
    annotations: z.array(annotationSchema),
  })
  .strict();

export type Dataset = z.infer<typeof datasetSchema>;
