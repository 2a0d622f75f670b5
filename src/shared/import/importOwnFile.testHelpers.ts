/**
 * Imports a file the way the import dialog does with every proposal accepted: the default sheet,
 * the detected header, the detected kind and the proposed mapping. Used by tests only.
 */
import type { ReportRecords } from '../report/reportLookups';
import { sequentialIds } from './importPlan.testHelpers';
import type { ExistingRecords, ImportPlan } from './importPlanTypes';
import { ImportSession, outlineWorkbook } from './importSession';
import { detectRecordKind, proposeMapping } from './proposeMapping';
import { readWorkbook } from './readWorkbook';

export interface OwnFileImport {
  sheetName: string;
  /** Column header → the field it was mapped to (null: left out). */
  mapping: Record<string, string | null>;
  plan: ImportPlan;
}

export const emptyStore: ExistingRecords = {
  organizations: [],
  deals: [],
  indicators: [],
  observations: [],
  events: [],
  sources: [],
};

export function existingOf(records: ReportRecords): ExistingRecords {
  const { organizations, deals, indicators, observations, events, sources } = records;
  return { organizations, deals, indicators, observations, events, sources };
}

export function importAsProposed(bytes: Uint8Array, fileName: string, existing: ExistingRecords): OwnFileImport {
  const read = readWorkbook(bytes, fileName);
  if (!read.ok) throw new Error(read.error.message);
  const session = new ImportSession(read.workbook, sequentialIds(500_000));
  const sheetIndex = outlineWorkbook(read.workbook).defaultSheetIndex;
  if (sheetIndex === null) throw new Error(`${fileName} has no sheet with data`);
  const header = session.header({ sheetIndex, headerRowNumber: null });
  const kind = detectRecordKind(header.headers, header.values);
  if (!kind) throw new Error(`No kind of record detected from ${header.headers.join(', ')}`);
  const proposals = proposeMapping(header.headers, kind, header.values);
  const mapping = proposals.flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  const preview = session.plan(
    {
      sheetIndex,
      headerRowNumber: null,
      kind,
      mapping,
      // Overwrite, so that any value the file reads differently from the store shows as a change.
      options: { mode: 'add-and-update', updatePolicy: 'overwrite' },
      fixes: [],
      now: '2026-12-01T00:00:00.000Z',
    },
    existing,
  );
  return {
    sheetName: read.workbook.sheets[sheetIndex].name,
    mapping: Object.fromEntries(proposals.map(({ header: text, field }) => [text, field])),
    plan: session.planShownAs(preview.planId),
  };
}
