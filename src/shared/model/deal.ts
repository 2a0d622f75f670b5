import { z } from 'zod';
import { moneySchema } from '../values/money.schema';
import { partialDateSchema } from '../values/partialDate.schema';
import { quantitySchema } from '../values/quantity.schema';
import { externalIdSchema } from './externalId';
import { citationSchema, recordBaseShape, recordIdSchema, requiredText } from './record';

export const dealKinds = [
  'intergovernmental-agreement',
  'ministerial-agreement',
  'inter-operator-agreement',
  'commercial-contract',
  'joint-venture',
  'investment-programme',
  'loan',
  'residency',
  'memorandum',
  'project',
  'talks',
  'other',
] as const;

export const dealStatuses = [
  'under-discussion',
  'declared',
  'signed',
  'in-progress',
  'completed',
  'granted',
  'terminated',
  'unknown',
] as const;

export const partyRoles = [
  'signatory',
  'contractor',
  'supplier',
  'financier',
  'investor',
  'beneficiary',
  'partner',
  'grantor',
  'implementer',
  'guarantor',
] as const;

export const partySchema = z.object({ organizationId: recordIdSchema, role: z.enum(partyRoles) }).strict();

export const dealSchema = z
  .object({
    ...recordBaseShape,
    title: requiredText('Title'),
    kind: z.enum(dealKinds),
    status: z.enum(dealStatuses),
    date: partialDateSchema.nullable(),
    place: z.string(),
    description: z.string(),
    parties: z.array(partySchema),
    sectors: z.array(z.string().trim().min(1)),
    money: moneySchema.nullable(),
    outputs: z.array(quantitySchema),
    citations: z.array(citationSchema),
    externalIds: z.array(externalIdSchema),
  })
  .strict();

export type Deal = z.infer<typeof dealSchema>;
export type DealKind = (typeof dealKinds)[number];
export type Party = z.infer<typeof partySchema>;
