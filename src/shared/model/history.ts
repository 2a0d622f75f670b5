import { z } from 'zod';
import { recordIdSchema, timestampSchema } from './record';
import { recordTables, type RecordTable } from './tables';

export const historyActions = ['create', 'update', 'delete', 'restore'] as const;
export type HistoryAction = (typeof historyActions)[number];

/**
 * One change to one record: who, when, and the record before and after, so any change can be
 * inspected and reversed. `undoOf` marks entries written by undoing another entry.
 */
export const historyEntrySchema = z
  .object({
    id: recordIdSchema,
    at: timestampSchema,
    actor: z.string(),
    action: z.enum(historyActions),
    table: z.enum(recordTables as [RecordTable, ...RecordTable[]]),
    recordId: recordIdSchema,
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    /** Groups the entries of one operation (an import, a bulk edit) so they can be undone together. */
    batchId: z.string().nullable(),
    undoOf: recordIdSchema.nullable(),
  })
  .strict();

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
