import { z } from 'zod';
import { partialDateSchema } from '../values/partialDate.schema';
import { citationSchema, recordBaseShape, recordIdSchema, requiredText } from './record';

/** Someone at an event: an organization, a person speaking for one, or both. */
export const participantSchema = z
  .object({
    organizationId: recordIdSchema.nullable(),
    personName: z.string().nullable(),
    /** "IT Park General Manager", "delegation", "speaker". */
    role: z.string(),
    /** What they did there: a presentation's title, talks held. */
    contribution: z.string(),
  })
  .strict()
  .refine((participant) => participant.organizationId !== null || Boolean(participant.personName?.trim()), {
    message: 'a participant needs an organization or a person',
  });

export const eventSchema = z
  .object({
    ...recordBaseShape,
    name: requiredText('Name'),
    date: partialDateSchema.nullable(),
    place: z.string(),
    organizerIds: z.array(recordIdSchema),
    participants: z.array(participantSchema),
    /** Deals that came of the event. */
    dealIds: z.array(recordIdSchema),
    description: z.string(),
    citations: z.array(citationSchema),
  })
  .strict();

export type EventRecord = z.infer<typeof eventSchema>;
export type Participant = z.infer<typeof participantSchema>;
