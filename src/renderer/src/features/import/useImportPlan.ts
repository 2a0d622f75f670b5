import { useEffect, useMemo, useState } from 'react';
import type { ImportRecordKind } from '@shared/import/fieldSynonyms';
import type { ColumnMapping } from '@shared/import/importFieldTypes';
import type { ImportMode, ImportOptions, OrganizationChoice, UpdatePolicy } from '@shared/import/importPlanTypes';
import type { CellFix, HeaderWithValues, PlanRequest, WorkbookOutline } from '@shared/import/importSession';
import type { PlanPreview } from '@shared/import/planPreview';
import { presetFieldsFor } from '@shared/import/presetFields';
import { detectRecordKind, proposeMapping } from '@shared/import/proposeMapping';
import { defaultUpdatePolicy } from '@shared/import/updatePolicy';
import { valueChoiceKey, type ValueChoice } from '@shared/import/valueChoices';
import type { ImportWorkerHandle } from '../../workers/importWorkerClient';
import type { MappingPreset } from './mappingPresets';

/**
 * Every choice of the import dialog, and what the worker makes of them: the header of the chosen
 * sheet, then a preview of the plan. Choices live here so every control shows the analyst's
 * choice at once; the worker's answers replace the last ones when they arrive, and an answer
 * that comes after the choices changed again is dropped. Choices that change which rows and
 * columns there are (sheet, header row) start the fixes over.
 */
export function useImportPlan(outline: WorkbookOutline, worker: ImportWorkerHandle) {
  const [sheetIndex, setSheetIndex] = useState(() => outline.defaultSheetIndex ?? 0);
  const [headerRowChoice, setHeaderRowChoice] = useState<number | null>(null);
  const [kindChoice, setKindChoice] = useState<ImportRecordKind | null>(null);
  const [fieldChoices, setFieldChoices] = useState<Readonly<Record<number, string | null>>>({});
  const [mode, setMode] = useState<ImportMode>('add-and-update');
  const [updatePolicy, setUpdatePolicy] = useState<UpdatePolicy>(defaultUpdatePolicy);
  const [excludedRows, setExcludedRows] = useState<readonly number[]>([]);
  const [formatChoices, setFormatChoices] = useState<FormatChoices>(noFormatChoices);
  const [fixes, setFixes] = useState<readonly CellFix[]>([]);
  const [organizationChoices, setOrganizationChoices] = useState<OrganizationChoices>({});
  const [valueChoices, setValueChoices] = useState<readonly ValueChoice[]>([]);
  const [now] = useState(() => new Date().toISOString());

  // Asked again when the outline changes: the whole of a large file replaces its first rows (useRestOfFile.ts).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sheetChoice = useMemo(() => ({ sheetIndex, headerRowNumber: headerRowChoice }), [sheetIndex, headerRowChoice, outline]);
  const headerAnswer = useWorkerAnswer(sheetChoice, (choice) => worker.api.header(choice), worker, 'The sheet could not be read');
  const header: HeaderWithValues | null = headerAnswer.value;

  const detectedKind = useMemo(() => (header ? (detectRecordKind(header.headers, header.values) ?? 'deals') : 'deals'), [header]);
  const kind = kindChoice ?? detectedKind;
  const proposal = useMemo(() => (header ? proposeMapping(header.headers, kind, header.values) : []), [header, kind]);
  const fields = useMemo(
    () => proposal.map((column) => (column.column in fieldChoices ? (fieldChoices[column.column] ?? null) : column.field)),
    [proposal, fieldChoices],
  );
  const mapping = useMemo<ColumnMapping[]>(() => fields.flatMap((field, column) => (field ? [{ column, field }] : [])), [fields]);

  const request = useMemo<PlanRequest | null>(
    () =>
      header && !headerAnswer.stale
        ? {
            ...sheetChoice,
            kind,
            mapping,
            options: { mode, updatePolicy, excludedRows, ...formatChoices, valueChoices, organizationChoices },
            fixes,
            now,
          }
        : null,
    [
      header,
      headerAnswer.stale,
      sheetChoice,
      kind,
      mapping,
      mode,
      updatePolicy,
      excludedRows,
      formatChoices,
      valueChoices,
      organizationChoices,
      fixes,
      now,
    ],
  );
  const planAnswer = useWorkerAnswer(request, (next) => worker.api.plan(next), worker, 'The preview could not be prepared');

  function startOver() {
    setFieldChoices({});
    setExcludedRows([]);
    setFormatChoices(noFormatChoices);
    setFixes([]);
    setOrganizationChoices({});
    setValueChoices([]);
  }

  return {
    outline,
    sheetIndex,
    sheet: outline.sheets[sheetIndex],
    header,
    kind,
    fields,
    /** What was proposed for each column, with why a column the header names was left unmapped. */
    proposal,
    mode,
    updatePolicy,
    formatChoices,
    excludedRows,
    valueChoices,
    organizationChoices,
    preview: planAnswer.value as PlanPreview | null,
    planning: headerAnswer.stale || planAnswer.stale,
    planError: headerAnswer.error ?? planAnswer.error,
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
      // Fields of another kind share names ("kind", "status") but not values.
      setValueChoices([]);
    },
    chooseField(column: number, field: string | null) {
      setFieldChoices((current) => ({ ...current, [column]: field }));
    },
    chooseMode: setMode,
    chooseUpdatePolicy: setUpdatePolicy,
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
      setFieldChoices(Object.fromEntries(presetFieldsFor(preset, header?.headers ?? []).map((field, column) => [column, field])));
      setValueChoices(preset.valueChoices ?? []);
    },
    setRowExcluded(rowNumber: number, excluded: boolean) {
      setExcludedRows((current) =>
        excluded ? [...current.filter((row) => row !== rowNumber), rowNumber] : current.filter((row) => row !== rowNumber),
      );
    },
    /** Leaves every given row out, e.g. all rejected rows of a large file at once. */
    excludeRows(rowNumbers: readonly number[]) {
      setExcludedRows((current) => [...new Set([...current, ...rowNumbers])]);
    },
    applyFix(fix: CellFix) {
      setFixes((current) => [...current, fix]);
    },
    /** For every row naming an organization the store does not know (by organizationKey). */
    chooseOrganization(key: string, choice: OrganizationChoice) {
      setOrganizationChoices((current) => ({ ...current, [key]: choice }));
    },
    /** Links each listed name to the stored organization proposed for it. */
    linkAllProposed(proposals: readonly { key: string; organizationId: string }[]) {
      setOrganizationChoices((current) => ({
        ...current,
        ...Object.fromEntries(proposals.map(({ key, organizationId }) => [key, { action: 'link', organizationId }])),
      }));
    },
    /** Reads every cell of the field holding `text` as `replacement` (null: empty), in place of an earlier choice. */
    chooseValue(field: string, text: string, replacement: string | null) {
      setValueChoices((current) => [...withoutValueChoice(current, field, text), { field, text, replacement }]);
    },
    clearValueChoice(field: string, text: string) {
      setValueChoices((current) => withoutValueChoice(current, field, text));
    },
  };
}

export type ImportChoices = ReturnType<typeof useImportPlan>;

type OrganizationChoices = NonNullable<ImportOptions['organizationChoices']>;

/** How the analyst says a column is written, where its cells do not settle it. */
export type FormatChoices = Pick<ImportOptions, 'dayFirst' | 'decimalSeparator' | 'defaultCurrency'>;
const noFormatChoices: FormatChoices = {};

interface WorkerAnswer<T> {
  /** The last answer that arrived: it stays on screen while a newer one is prepared. */
  value: T | null;
  /** The answer on screen is not (yet) for the current question. */
  stale: boolean;
  error?: string;
}

/**
 * Asks the worker whenever `question` changes and keeps its last answer. A worker that dies fails
 * every call at once (`worker.failed`) instead of leaving the dialog waiting.
 */
function useWorkerAnswer<Q, T>(
  question: Q | null,
  ask: (question: Q) => Promise<T>,
  worker: ImportWorkerHandle,
  failure: string,
): WorkerAnswer<T> {
  const [answer, setAnswer] = useState<{ for: Q; error?: string }>();
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (question === null) return;
    let current = true;
    Promise.race([ask(question), worker.failed]).then(
      (next) => {
        if (!current) return;
        setValue(next);
        setAnswer({ for: question });
      },
      (error: unknown) =>
        current && setAnswer({ for: question, error: `${failure}: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      current = false;
    };
    // `ask` is a new closure each render; the question and the worker are what the answer depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [question, worker]);
  const stale = question === null || answer?.for !== question;
  return { value, stale, error: stale ? undefined : answer?.error };
}

function withoutValueChoice(choices: readonly ValueChoice[], field: string, text: string): ValueChoice[] {
  const key = valueChoiceKey(text);
  return choices.filter((choice) => choice.field !== field || valueChoiceKey(choice.text) !== key);
}

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
