import { z } from 'zod';
import { recordBaseShape, recordIdSchema } from './record';

export const annotatableTables = ['organizations', 'deals', 'indicators', 'observations', 'events', 'sources'] as const;
export type AnnotatableTable = (typeof annotatableTables)[number];

export const confidenceLevels = ['low', 'medium', 'high'] as const;

/** An analyst's note on any record: text, tags, how far the fact can be trusted. */
export const annotationSchema = z
  .object({
    ...recordBaseShape,
    targetTable: z.enum(annotatableTables),
    targetId: recordIdSchema,
    note: z.string(),
    tags: z.array(z.string().trim().min(1).max(60)),
    confidence: z.enum(confidenceLevels).nullable(),
    author: z.string(),
    pinned: z.boolean(),
  })
  .strict()
  .refine((annotation) => annotation.note.trim() !== '' || annotation.tags.length > 0 || annotation.confidence !== null, {
    message: 'an annotation needs a note, a tag or a confidence level',
    path: ['note'],
  });

export type Annotation = z.infer<typeof annotationSchema>;
export type Confidence = (typeof confidenceLevels)[number];
