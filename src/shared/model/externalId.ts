import { z } from 'zod';

/**
 * Another system's identifier for the same thing: a database's record id, a ministry's register
 * number. Kept beside our own UUID, never instead of it, so a file from that system matches the
 * record again on its next import.
 */
export const externalIdSchema = z
  .object({
    /** Whose identifier it is: "AidData GCDF 3.0", or the column header it came from ("Register No."). */
    scheme: z.string().trim().min(1, 'an external id needs a scheme (whose identifier it is)'),
    value: z.string().trim().min(1, 'an external id needs a value'),
  })
  .strict();

export type ExternalId = z.infer<typeof externalIdSchema>;

/** How an analyst reads it: "AidData GCDF 3.0: 96082". */
export function externalIdText(externalId: ExternalId): string {
  return `${externalId.scheme}: ${externalId.value}`;
}

/**
 * Two spellings of one scheme ("Register No." and "register no") name the same register, so the
 * scheme is compared without case, spacing or punctuation; the value is compared as written.
 */
export function externalIdKey(externalId: ExternalId): string {
  const scheme = externalId.scheme
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${scheme}\u0000${externalId.value.trim()}`;
}
