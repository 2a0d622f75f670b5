import { coerceCell, type CellCoercion, type CellCoercionOptions, type CoercedValue } from './coerceCell';
import type { ColumnFormat } from './columnFormats';
import { readHeaderAmountUnits } from './columnFormats';
import type { SheetRecord } from './detectHeader';
import { headerTextOf } from './headerCells';
import { fieldTypeOf, type ImportFieldType } from './importFieldTypes';
import type { FileRecords, ImportPlanInput, RowProblem } from './importPlanTypes';
import { organizationKey } from './matchOrganizations';
import type { StoreIndex } from './storeIndex';
import { valueChoiceKey, valueChoicesByField } from './valueChoices';
import type { CellValue } from './workbookTypes';

interface ColumnReader {
  column: number;
  field: string;
  fieldType: ImportFieldType;
  options: CellCoercionOptions;
  /** The currency a money column's header names, used when the row has no currency cell. */
  headerCurrency: string | null;
  /** Readings of texts already seen in this column, for types whose reading depends only on the text. */
  readings: Map<string, CellCoercion> | null;
  /** What the analyst chose to read each unknown value of the field as (by valueChoiceKey); null is empty. */
  valueChoices: ReadonlyMap<string, string | null> | null;
}

// Kinds, statuses, countries, currencies, dates and amounts repeat down a column ("Signed" 40,000
// times); each distinct text is read once (an amount once per currency it is read in). Readings are
// shared between rows, so records treat them as immutable.
const repeatedTextTypes = new Set(['enum', 'country', 'currency', 'date', 'money']);
// Past this many distinct texts a column is not repetitive, and remembering costs more than it saves.
const maxRememberedReadings = 20_000;

/** Everything one row's planning reads besides the row: shared by all rows of a plan, and by a cell fix. */
export interface PlanContext {
  input: ImportPlanInput;
  readers: ColumnReader[];
  /** The first column mapped to each field, for pointing problems at a cell. */
  columnOf: ReadonlyMap<string, number>;
  store: StoreIndex;
  fileRecords: FileRecords;
  /** A stored source whose reference is the file's name: re-importing a file cites the same source. */
  storedSourceId: string | null;
  organizationKeyOf: (name: string) => string;
}

/** One row's cells read as field values, and what could not be read. */
export interface RowFields {
  rowNumber: number;
  cells: readonly CellValue[];
  values: Record<string, CoercedValue>;
  problems: RowProblem[];
}

export function createPlanContext(
  input: ImportPlanInput,
  columnFormats: readonly ColumnFormat[],
  fileRecords: FileRecords,
  store: StoreIndex,
): PlanContext {
  const readers: ColumnReader[] = [];
  const columnOf = new Map<string, number>();
  const valueChoices = valueChoicesByField(input.options.valueChoices ?? []);
  for (const { column, field } of input.mapping) {
    const fieldType = fieldTypeOf(input.kind, field);
    if (!fieldType) continue;
    if (!columnOf.has(field)) columnOf.set(field, column);
    const detected = (format: ColumnFormat['format']) => columnFormats.find((f) => f.column === column && f.format === format);
    const dateOrder = detected('date-order');
    const decimal = detected('decimal-separator');
    const units = fieldType.type === 'money' ? readHeaderAmountUnits(input.headers[column] ?? '') : null;
    readers.push({
      column,
      field,
      fieldType,
      headerCurrency: units?.currency ?? null,
      readings: repeatedTextTypes.has(fieldType.type) ? new Map() : null,
      valueChoices: valueChoices.get(field) ?? null,
      options: {
        dayFirst: input.options.dayFirst?.[column] ?? (dateOrder?.format === 'date-order' ? dateOrder.dayFirst : undefined),
        decimalSeparator:
          input.options.decimalSeparator?.[column] ??
          (decimal?.format === 'decimal-separator' ? decimal.decimalSeparator : undefined),
        scale: units?.scale,
        date1904: input.options.date1904,
      },
    });
  }
  // Currency columns are read first: a row's amount is read in the currency its currency cell names.
  readers.sort((a, b) => Number(b.fieldType.type === 'currency') - Number(a.fieldType.type === 'currency'));
  // Names repeat across thousands of rows (the same ten parties); their keys are worth remembering.
  const keys = new Map<string, string>();
  const organizationKeyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = organizationKey(name)));
    return key;
  };
  const storedSourceId = input.existing.sources?.find((source) => source.reference === input.fileName)?.id ?? null;
  return { input, readers, columnOf, store, fileRecords, storedSourceId, organizationKeyOf };
}

/** Coerces every mapped cell of a row. A field mapped to several columns collects them if it is a list. */
export function readRowFields(row: SheetRecord, context: PlanContext): RowFields {
  const fields: RowFields = { rowNumber: row.rowNumber, cells: row.cells, values: {}, problems: [] };
  const defaultCurrency = context.input.options.defaultCurrency ?? null;
  for (const reader of context.readers) {
    const cell = chosenReading(row.cells[reader.column] ?? null, reader);
    const options =
      reader.fieldType.type === 'money'
        ? {
            ...reader.options,
            currency: fixedCurrencyOf(reader.fieldType) ?? currencyOf(fields) ?? reader.headerCurrency ?? defaultCurrency,
          }
        : reader.options;
    const coerced =
      typeof cell === 'string' && reader.readings
        ? readRepeatedText(cell, reader, options)
        : coerceCell(cell, reader.fieldType, options);
    if (!coerced.ok) {
      const { message, expected } = coerced.problem;
      fields.problems.push({
        rowNumber: row.rowNumber,
        column: reader.column,
        field: reader.field,
        code: 'invalid-value',
        message,
        expected,
      });
      continue;
    }
    const earlier = fields.values[reader.field];
    if (Array.isArray(earlier) && Array.isArray(coerced.value)) fields.values[reader.field] = [...earlier, ...coerced.value];
    else if (earlier === undefined || earlier === null) fields.values[reader.field] = coerced.value;
  }
  return fields;
}

/** The analyst's choice for the cell's value in place of the cell, if there is one; the cell as it is otherwise. */
function chosenReading(cell: CellValue, reader: ColumnReader): CellValue {
  if (!reader.valueChoices || cell === null) return cell;
  const replacement = reader.valueChoices.get(valueChoiceKey(headerTextOf(cell)));
  return replacement === undefined ? cell : replacement;
}

function readRepeatedText(text: string, reader: ColumnReader, options: CellCoercionOptions): CellCoercion {
  const readings = reader.readings as Map<string, CellCoercion>;
  // Only an amount's options change from row to row: its currency comes from the row's currency cell.
  const key = reader.fieldType.type === 'money' ? `${options.currency ?? ''}\u0000${text}` : text;
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = coerceCell(text, reader.fieldType, options);
    if (readings.size < maxRememberedReadings) readings.set(key, reading);
  }
  return reading;
}

/** The currency a money field always reads in (the value in US dollars beside an amount), else null. */
function fixedCurrencyOf(fieldType: ImportFieldType): string | null {
  return 'currency' in fieldType ? fieldType.currency : null;
}

function currencyOf(fields: RowFields): string | null {
  const currency = fields.values.currency;
  return typeof currency === 'string' ? currency : null;
}

/** A problem at the cell of `field` in this row (or of the whole row when no column holds the field). */
export function addProblem(
  fields: RowFields,
  context: PlanContext,
  problem: Pick<RowProblem, 'field' | 'code' | 'message' | 'expected'>,
): void {
  const column = problem.field === null ? null : (context.columnOf.get(problem.field) ?? null);
  fields.problems.push({ rowNumber: fields.rowNumber, column, ...problem });
}

/** Whether a problem was already reported for any of these fields, so one cell is not blamed twice. */
export function hasProblemIn(fields: RowFields, importFields: readonly string[]): boolean {
  return fields.problems.some((problem) => problem.field !== null && importFields.includes(problem.field));
}
