import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the field ("money.amount", "parties.1.organizationId"). */
  field: string;
  message: string;
}

export interface DataError {
  message: string;
  issues: FieldIssue[];
}

export type DataResult<T> = { ok: true; value: T } | { ok: false; error: DataError };

/** Thrown inside a transaction to roll it back; turned into a DataError value at the boundary. */
export class DataRejection extends Error {
  constructor(readonly dataError: DataError) {
    super(dataError.message);
  }
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(record)', message: issue.message }));
}

export function rejection(summary: string, issues: FieldIssue[] = []): DataRejection {
  const details = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return new DataRejection({ message: details ? `${summary}: ${details}.` : `${summary}.`, issues });
}

/**
 * True when the disk or the browser's quota is full. Dexie reports it as a QuotaExceededError, or
 * as the AbortError of the transaction it ended with the real cause as `inner` (sometimes nested,
 * or among a bulk write's `failures`).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  const failed = Array.isArray(failures) ? failures : failures && typeof failures === 'object' ? Object.values(failures) : [];
  return isQuotaError(inner, depth + 1) || failed.some((failure) => isQuotaError(failure, depth + 1));
}

/** Storage failures in words an analyst can act on; the transaction has already rolled back. */
export function describeStorageError(error: unknown): DataError {
  if (isQuotaError(error)) {
    return {
      message:
        'The disk is full or the storage quota for Silk Ledger is used up, so nothing was saved and your data is as it was. Free some disk space or delete old records, then try again.',
      issues: [],
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { message: `The store could not be written, so nothing was saved: ${text}`, issues: [] };
}

export async function asDataResult<T>(work: () => Promise<T>): Promise<DataResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DataRejection) return { ok: false, error: error.dataError };
    return { ok: false, error: describeStorageError(error) };
  }
}
