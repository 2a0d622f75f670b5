import { z } from 'zod';
import { partialDateSchema } from '../values/partialDate.schema';
import { externalIdSchema } from './externalId';
import { citationSchema, countryCodeSchema, recordBaseShape, recordIdSchema, requiredText } from './record';

export const organizationKinds = [
  'government',
  'ministry',
  'agency',
  'state-owned-company',
  'private-company',
  'operator',
  'financial-institution',
  'technology-park',
  'research-institute',
  'international-organization',
  'unspecified-group',
] as const;

export const organizationRelationKinds = [
  'subsidiary-of',
  'local-registration-of',
  'branch-of',
  'part-of',
  'successor-of',
] as const;

export const itParkStatuses = ['resident', 'applicant', 'former-resident'] as const;

export const organizationSchema = z
  .object({
    ...recordBaseShape,
    name: requiredText('Name'),
    country: countryCodeSchema.nullable(),
    kind: z.enum(organizationKinds),
    /** Other names the organization goes by: Beeline is Unitel, Ucell is Coscom. */
    aliases: z.array(z.string().trim().min(1)),
    /** Countries its capital comes from, when the source says ("IT Park residents with Chinese capital"). */
    capitalOrigin: z.array(countryCodeSchema),
    /** Directed links: this organization is `kind` of `organizationId`. */
    relations: z.array(z.object({ kind: z.enum(organizationRelationKinds), organizationId: recordIdSchema }).strict()),
    itParkResidency: z
      .object({
        status: z.enum(itParkStatuses),
        /** When residency was granted, if known. */
        since: partialDateSchema.nullable(),
        /** When the source reported the status ("by the end of 2024"). */
        asOf: partialDateSchema.nullable(),
      })
      .strict()
      .nullable(),
    notes: z.string(),
    citations: z.array(citationSchema),
    externalIds: z.array(externalIdSchema),
  })
  .strict();

export type Organization = z.infer<typeof organizationSchema>;
export type OrganizationKind = (typeof organizationKinds)[number];
