import { z } from 'zod';
import { moneyQualifiers } from '../values/money.schema';
import { partialDateSchema } from '../values/partialDate.schema';
import { citationSchema, countryCodeSchema, recordBaseShape, recordIdSchema, requiredText } from './record';

/** A named measure tracked over time: services exports to China in USD, residents with Chinese capital. */
export const indicatorSchema = z
  .object({
    ...recordBaseShape,
    name: requiredText('Name'),
    /** "USD", "companies": what one observation's value counts. */
    unit: requiredText('Unit'),
    description: z.string(),
    country: countryCodeSchema.nullable(),
  })
  .strict();

/**
 * `period` values cover the period ("exports in 2024"); `cumulative` values are a running total
 * or a count standing at the end of the period ("24 companies as of Q2 2025").
 */
export const observationBases = ['period', 'cumulative'] as const;

export const observationSchema = z
  .object({
    ...recordBaseShape,
    indicatorId: recordIdSchema,
    period: partialDateSchema,
    value: z.number().finite(),
    qualifier: z.enum(moneyQualifiers),
    basis: z.enum(observationBases),
    /** Organizations the source names as part of this figure ("including MONTFORT CA, …"). */
    organizationIds: z.array(recordIdSchema),
    notes: z.string(),
    citations: z.array(citationSchema),
  })
  .strict();

export type Indicator = z.infer<typeof indicatorSchema>;
export type Observation = z.infer<typeof observationSchema>;
