import { useCallback, useRef, useState } from 'react';
import type { HeaderDetection } from '@shared/import/detectHeader';
import type { WorkbookOutline } from '@shared/import/importSession';
import type { ImportWorkerHandle } from '../../workers/importWorkerClient';

export interface RestOfFile {
  /** The file as far as it is read: its first rows until the rest is in, then all of it. */
  outline: WorkbookOutline;
  /** Only the first rows are read so far: counts are not the file's, and nothing may be imported yet. */
  firstRowsOnly: boolean;
  error?: string;
  /** Starts reading the rest, once; does nothing when it is read or being read. */
  readRest(): void;
}

/**
 * A large file is opened on its first rows (readFirstRows.ts), so the analyst sees the sheet, the
 * proposed mapping and a first preview at once; this reads the rest when asked. It is asked once
 * the first preview is on screen: the read takes the worker's thread for seconds, and the first
 * preview must not wait behind it. The analyst's choices stay with the dialog, so they apply to
 * the whole file's plan when it is made.
 */
export function useRestOfFile(firstLook: WorkbookOutline, worker: ImportWorkerHandle): RestOfFile {
  const [outline, setOutline] = useState(firstLook);
  const [error, setError] = useState<string>();
  const asked = useRef(firstLook.firstRowsOnly === undefined);

  const readRest = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    Promise.race([worker.api.readRest(), worker.failed]).then(
      (result) => (result.ok ? setOutline(result.outline) : setError(result.error.message)),
      (failure: unknown) =>
        setError(
          `The rest of ${firstLook.fileName} could not be read: ${failure instanceof Error ? failure.message : String(failure)}.`,
        ),
    );
  }, [firstLook, worker]);

  return { outline, firstRowsOnly: outline.firstRowsOnly !== undefined, error, readRest };
}

/** "Reading the rest of the file: 399 of ~100,000 rows planned", from the first look's plan. */
export function restOfFileStatus(
  outline: WorkbookOutline,
  sheetIndex: number,
  rowsPlanned: number,
  header: HeaderDetection | null,
): string {
  const expected = outline.firstRowsOnly?.expectedRowCounts[sheetIndex];
  const headerRows = header ? header.headerRowIndex + header.headerRowCount : 1;
  const planned = rowsPlanned.toLocaleString('en-US');
  if (expected === null || expected === undefined) return `Reading the rest of the file: ${planned} rows planned so far`;
  const expectedRows = Math.max(rowsPlanned, expected - headerRows);
  return `Reading the rest of the file: ${planned} of ~${expectedRows.toLocaleString('en-US')} rows planned`;
}
