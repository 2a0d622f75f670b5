import { isGcdfLayout } from './gcdfLayout';
import { normalizeHeaderText } from './normalizeHeader';

/** The scheme of AidData's record ids: the dataset and its release, as its documentation cites it. */
export const aidDataGcdfScheme = 'AidData GCDF 3.0';

const aidDataRecordIdKey = normalizeHeaderText('AidData Record ID');

/**
 * Whose identifiers a column holds, named so that the same column of the next file from the same
 * system gives the same scheme: "AidData GCDF 3.0" for the record id of a file in AidData's GCDF
 * layout, otherwise the column's header as written ("Register No.", "ИНН").
 */
export function externalIdScheme(header: string, headers: readonly string[]): string {
  const written = header.replace(/\s+/g, ' ').trim();
  if (normalizeHeaderText(written) === aidDataRecordIdKey && isGcdfLayout(headers)) return aidDataGcdfScheme;
  return written;
}
