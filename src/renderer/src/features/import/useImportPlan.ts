import { useEffect, useMemo, useState } from 'react';
import { chooseDefaultSheet } from '@shared/import/chooseSheet';
import { buildRecordsFromSheet, detectHeaderRows, type HeaderDetection } from '@shared/import/detectHeader';
import type { ImportRecordKind } from '@shared/import/fieldSynonyms';
import type { ColumnMapping } from '@shared/import/importFieldTypes';
import type { ExistingRecords, ImportMode, ImportOptions } from '@shared/import/importPlanTypes';
import { mergedHeaderTexts } from '@shared/import/mergedHeaderRows';
import { detectRecordKind, proposeMapping } from '@shared/import/proposeMapping';
import type { ImportSheet, ImportWorkbook } from '@shared/import/workbookTypes';
import type { CellFix, PlannedImport, WorkerPlanInput } from '../../workers/importWorker';
import type { ImportWorkerHandle } from '../../workers/importWorkerClient';
import type { MappingPreset } from './mappingPresets';

export type { CellFix } from '../../workers/importWorker';

/**
 * Every choice of the import dialog and the plan they lead to. The plan is rebuilt from scratch
 * when a choice changes and the analyst's cell fixes are replayed over it, so a fix survives a
 * change of mode or a skipped row; choices that change which rows and columns there are (sheet,
 * header row) start the fixes over.
 */
export function useImportPlan(workbook: ImportWorkbook, existing: ExistingRecords, worker: ImportWorkerHandle) {
  const [sheetIndex, setSheetIndex] = useState(() => chooseDefaultSheet(workbook) ?? 0);
  const [headerRowChoice, setHeaderRowChoice] = useState<number | null>(null);
  const [kindChoice, setKindChoice] = useState<ImportRecordKind | null>(null);
  const [fieldChoices, setFieldChoices] = useState<Readonly<Record<number, string | null>>>({});
  const [mode, setMode] = useState<ImportMode>('add-and-update');
  const [excludedRows, setExcludedRows] = useState<readonly number[]>([]);
  const [formatChoices, setFormatChoices] = useState<FormatChoices>(noFormatChoices);
  const [fixes, setFixes] = useState<readonly CellFix[]>([]);
  const [now] = useState(() => new Date().toISOString());

  const sheet = workbook.sheets[sheetIndex];
  const detectedHeader = useMemo(() => detectHeaderRows(sheet), [sheet]);
  const header = useMemo(() => headerAt(sheet, detectedHeader, headerRowChoice), [sheet, detectedHeader, headerRowChoice]);
  const records = useMemo(() => buildRecordsFromSheet(sheet, header), [sheet, header]);
  const detectedKind = useMemo(() => detectRecordKind(header.headers) ?? 'deals', [header]);
  const kind = kindChoice ?? detectedKind;
  const proposal = useMemo(() => proposeMapping(header.headers, kind), [header, kind]);
  const fields = useMemo(
    () => proposal.map((column) => (column.column in fieldChoices ? (fieldChoices[column.column] ?? null) : column.field)),
    [proposal, fieldChoices],
  );
  const mapping = useMemo<ColumnMapping[]>(() => fields.flatMap((field, column) => (field ? [{ column, field }] : [])), [fields]);

  const baseInput = useMemo<WorkerPlanInput>(
    () => ({
      kind,
      fileName: workbook.fileName,
      sheetName: sheet.name,
      headers: header.headers,
      rows: records.rows,
      skippedRowCount: records.skippedEmpty + records.skippedRepeatedHeaders,
      mapping,
      options: { mode, excludedRows, date1904: workbook.date1904, ...formatChoices },
      existing,
      now,
    }),
    [kind, workbook, sheet, header, records, mapping, mode, excludedRows, formatChoices, existing, now],
  );

  // Planning runs in the worker so a large sheet never freezes the window; a result that arrives
  // after the choices changed again is dropped.
  const [outcome, setOutcome] = useState<{
    for: [WorkerPlanInput, readonly CellFix[]];
    planned?: PlannedImport;
    error?: string;
  }>();
  useEffect(() => {
    let current = true;
    const request: [WorkerPlanInput, readonly CellFix[]] = [baseInput, fixes];
    Promise.race([worker.api.planWithFixes(baseInput, fixes), worker.failed]).then(
      ({ plan, fixedRows }) =>
        current &&
        setOutcome({ for: request, planned: { plan, input: fixedRows ? { ...baseInput, rows: fixedRows } : baseInput } }),
      (error: unknown) =>
        current &&
        setOutcome({
          for: request,
          error: `The preview could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return () => {
      current = false;
    };
  }, [baseInput, fixes, worker]);
  // The last preview stays on screen while a newer one is prepared: outcome changes only on arrival.
  const planned = outcome?.planned ?? null;
  const planning = outcome?.for[0] !== baseInput || outcome?.for[1] !== fixes;
  const planError = planning ? undefined : outcome?.error;

  function startOver() {
    setFieldChoices({});
    setExcludedRows([]);
    setFormatChoices(noFormatChoices);
    setFixes([]);
  }

  return {
    sheetIndex,
    sheet,
    header,
    kind,
    fields,
    mode,
    formatChoices,
    excludedRows,
    planned,
    planning,
    planError,
    chooseSheet(index: number) {
      setSheetIndex(index);
      setHeaderRowChoice(null);
      setKindChoice(null);
      startOver();
    },
    /** 1-based, as Excel numbers rows. */
    chooseHeaderRow(rowNumber: number) {
      setHeaderRowChoice(rowNumber);
      startOver();
    },
    chooseKind(next: ImportRecordKind) {
      setKindChoice(next);
      setFieldChoices({});
    },
    chooseField(column: number, field: string | null) {
      setFieldChoices((current) => ({ ...current, [column]: field }));
    },
    chooseMode: setMode,
    /** null goes back to what the column's own cells show. */
    chooseDayFirst(column: number, dayFirst: boolean | null) {
      setFormatChoices((current) => ({ ...current, dayFirst: withColumnChoice(current.dayFirst, column, dayFirst) }));
    },
    chooseDecimalSeparator(column: number, separator: '.' | ',' | null) {
      setFormatChoices((current) => ({
        ...current,
        decimalSeparator: withColumnChoice(current.decimalSeparator, column, separator),
      }));
    },
    chooseDefaultCurrency(currency: string | null) {
      setFormatChoices((current) => {
        const next = { ...current };
        if (currency) next.defaultCurrency = currency;
        else delete next.defaultCurrency;
        return next;
      });
    },
    applyPreset(preset: MappingPreset) {
      setKindChoice(preset.kind);
      setFieldChoices(Object.fromEntries(preset.fields.map((field, column) => [column, field])));
    },
    setRowExcluded(rowNumber: number, excluded: boolean) {
      setExcludedRows((current) =>
        excluded ? [...current.filter((row) => row !== rowNumber), rowNumber] : current.filter((row) => row !== rowNumber),
      );
    },
    applyFix(fix: CellFix) {
      setFixes((current) => [...current, fix]);
    },
  };
}

export type ImportChoices = ReturnType<typeof useImportPlan>;

/** How the analyst says a column is written, where its cells do not settle it. */
export type FormatChoices = Pick<ImportOptions, 'dayFirst' | 'decimalSeparator' | 'defaultCurrency'>;
const noFormatChoices: FormatChoices = {};

function withColumnChoice<T>(
  choices: Readonly<Partial<Record<number, T>>> | undefined,
  column: number,
  value: T | null,
): Partial<Record<number, T>> {
  const next = { ...choices };
  if (value === null) delete next[column];
  else next[column] = value;
  return next;
}

function headerAt(sheet: ImportSheet, detected: HeaderDetection, rowNumber: number | null): HeaderDetection {
  if (rowNumber === null || rowNumber - 1 === detected.headerRowIndex || !sheet.rows[rowNumber - 1]) return detected;
  return { headerRowIndex: rowNumber - 1, headerRowCount: 1, headers: mergedHeaderTexts(sheet, rowNumber - 1) };
}
