import { z } from 'zod';

export const recordIdSchema = z.uuid({ message: 'expected a record id (UUID)' });
export const timestampSchema = z.iso.datetime({ offset: true, message: 'expected an ISO date-time' });

/**
 * Fields every stored record has. UUIDs and timestamps let two analysts' stores be merged later
 * without collisions; `deletedAt` makes deletes soft, so they can be undone.
 */
export const recordBaseShape = {
  id: recordIdSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
};

/** Where a fact on a record came from: the source document and the words it rests on. */
export const citationSchema = z
  .object({
    sourceId: recordIdSchema,
    excerpt: z.string().min(1, 'quote the words the fact rests on'),
    /** Where in the source: a page, paragraph or line ("paragraph 4"). */
    location: z.string(),
  })
  .strict();

export type Citation = z.infer<typeof citationSchema>;

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter ISO 3166 country code such as UZ or CN');

/** Free text trimmed of surrounding whitespace; an empty value is an error with the field's name. */
export function requiredText(field: string) {
  return z.string().trim().min(1, `${field} is required`);
}
