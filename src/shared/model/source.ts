import { z } from 'zod';
import { partialDateSchema } from '../values/partialDate.schema';
import { recordBaseShape, requiredText } from './record';

export const sourceKinds = [
  'document',
  'web-page',
  'dataset',
  'news-article',
  'official-statement',
  'interview',
  'other',
] as const;

/** A document facts are cited from; records point at it with an excerpt and its location. */
export const sourceSchema = z
  .object({
    ...recordBaseShape,
    title: requiredText('Title'),
    kind: z.enum(sourceKinds),
    publisher: z.string(),
    date: partialDateSchema.nullable(),
    /** ISO 639-1 code: en, ru, uz, zh. */
    language: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code such as en or ru'),
    /** A file name, URL or archive reference. */
    reference: z.string(),
    /** The document's text where we hold it, so every excerpt can be checked against it. */
    content: z.string(),
    notes: z.string(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
