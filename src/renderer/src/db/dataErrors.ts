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

/** Storage failures in words an analyst can act on; the transaction has already rolled back. */
export function describeStorageError(error: unknown): DataError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return {
      message:
        'The disk is full or the storage quota for Silk Ledger is used up, so nothing was saved. Free some disk space or delete old records, then try again.',
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
