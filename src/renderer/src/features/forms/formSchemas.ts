import { z } from 'zod';
import { dealSchema, partySchema } from '@shared/model/deal';
import { eventSchema } from '@shared/model/event';
import { externalIdSchema } from '@shared/model/externalId';
import { indicatorSchema, observationSchema } from '@shared/model/indicator';
import { itParkStatuses, organizationSchema } from '@shared/model/organization';
import { sourceSchema } from '@shared/model/source';

/**
 * What each form holds while the analyst types: the model's own checks for names and codes, and
 * plain text for money, dates, countries and outputs, which `formValues.ts` reads into stored values.
 */
export const dealFormSchema = z.object({
  title: dealSchema.shape.title,
  kind: dealSchema.shape.kind,
  status: dealSchema.shape.status,
  date: z.string(),
  place: z.string(),
  description: z.string(),
  parties: z.array(
    z.object({
      organizationId: z.string().min(1, 'choose an organization, or remove this party'),
      role: partySchema.shape.role,
    }),
  ),
  sectors: dealSchema.shape.sectors,
  money: z.string(),
  outputs: z.array(z.object({ text: z.string() })),
  externalIds: z.array(externalIdSchema),
});

export const organizationFormSchema = z.object({
  name: organizationSchema.shape.name,
  country: z.string(),
  kind: organizationSchema.shape.kind,
  aliases: organizationSchema.shape.aliases,
  capitalOrigin: z.array(z.string()),
  itParkResidency: z.object({
    status: z.enum(itParkStatuses).or(z.literal('')),
    since: z.string(),
    asOf: z.string(),
  }),
  notes: z.string(),
  externalIds: z.array(externalIdSchema),
});

export const eventFormSchema = z.object({
  name: eventSchema.shape.name,
  date: z.string(),
  place: z.string(),
  organizerIds: z.array(z.string()),
  description: z.string(),
});

export const sourceFormSchema = z.object({
  title: sourceSchema.shape.title,
  kind: sourceSchema.shape.kind,
  publisher: z.string(),
  date: z.string(),
  language: z.string(),
  reference: z.string(),
  notes: z.string(),
});

export const indicatorFormSchema = z.object({
  name: indicatorSchema.shape.name,
  unit: indicatorSchema.shape.unit,
  description: z.string(),
});

/** An indicator's value for one period; the period and the figure are typed as the source words them. */
export const observationFormSchema = z.object({
  period: z.string(),
  value: z.string(),
  qualifier: observationSchema.shape.qualifier,
  basis: observationSchema.shape.basis,
  notes: z.string(),
});

export type DealFormValues = z.infer<typeof dealFormSchema>;
export type OrganizationFormValues = z.infer<typeof organizationFormSchema>;
export type EventFormValues = z.infer<typeof eventFormSchema>;
export type SourceFormValues = z.infer<typeof sourceFormSchema>;
export type IndicatorFormValues = z.infer<typeof indicatorFormSchema>;
export type ObservationFormValues = z.infer<typeof observationFormSchema>;
