/**
 * The re-imported residents list of fixtures/residents-reimport.xlsx (written by openpyxl with
 * makeUpdateFixtures.py), planned as the dialog plans it over the default dataset. Used by tests only.
 */
import { readFileSync } from 'node:fs';
import datasetJson from '../../../resources/default-dataset.json';
import { datasetSchema, type Dataset } from '../model/dataset';
import type { ImportOptions } from './importPlanTypes';
import { planTime, sequentialIds } from './importPlan.testHelpers';
import { ImportSession } from './importSession';
import { detectRecordKind, proposeMapping } from './proposeMapping';
import { readWorkbook } from './readWorkbook';

export function defaultDatasetRecords(): Dataset {
  return datasetSchema.parse(datasetJson);
}

export function openResidentsReimport(): ImportSession {
  const name = 'residents-reimport.xlsx';
  const read = readWorkbook(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), name);
  if (!read.ok) throw new Error(read.error.message);
  return new ImportSession(read.workbook, sequentialIds());
}

/** The preview the dialog shows for the file with its proposed kind and mapping. */
export function planResidentsReimport(dataset: Dataset, options: Partial<ImportOptions> = {}) {
  const session = openResidentsReimport();
  const header = session.header({ sheetIndex: 0, headerRowNumber: null });
  const kind = detectRecordKind(header.headers, header.values) ?? 'deals';
  const proposal = proposeMapping(header.headers, kind, header.values);
  const mapping = proposal.flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  const request = { sheetIndex: 0, headerRowNumber: null, kind, mapping, fixes: [], now: planTime };
  const preview = session.plan({ ...request, options: { mode: 'add-and-update', ...options } }, dataset);
  return { session, kind, mapping, preview, plan: session.planShownAs(preview.planId) };
}
