import { acceptedValuesOf, type AcceptedValues } from './acceptedValues';
import { coerceCell } from './coerceCell';
import { headerTextOf } from './headerCells';
import { fieldTypeOf, type ImportFieldType } from './importFieldTypes';
import type { ImportPlanInput } from './importPlanTypes';
import { suggestValue } from './suggestValue';
import { valueChoiceKey } from './valueChoices';
import type { CellValue } from './workbookTypes';

/** Enough to settle the values of a column that holds codes; a column holding thousands is mapped wrong. */
export const unknownValuesShown = 100;

/** One value a field's reader refuses, however many rows hold it. */
export interface UnknownValue {
  /** The cell's text, trimmed, as the first row holding it spells it. */
  text: string;
  rowCount: number;
  /** The accepted code that looks meant, for the analyst to confirm; null when none is close. */
  suggestion: string | null;
}

/** The values a mapped field does not know, and what it would accept instead. */
export interface FieldUnknownValues {
  field: string;
  /** The columns mapped to the field, in column order. */
  columns: number[];
  accepted: AcceptedValues;
  /** Most rows first, at most `unknownValuesShown`. */
  values: UnknownValue[];
  /** Distinct unknown values beyond those listed. */
  moreValueCount: number;
}

/** The last row counted, so a row is counted once however many of the field's columns hold the value. */
type CountedValue = UnknownValue & { lastRow: number };

interface FieldTally {
  field: string;
  fieldType: ImportFieldType;
  columns: number[];
  accepted: AcceptedValues;
  /** Each distinct cell text's refused value, or null when the reader accepts it: each text is read once. */
  verdicts: Map<string, CountedValue | null>;
  /** Refused values by valueChoiceKey, so "completion" and "Completion" are one choice. */
  refused: Map<string, CountedValue>;
}

/**
 * Every value the file holds in a kind, status, country or currency column that the column's
 * reader refuses, with how many rows hold it, over all rows of the plan. Read from the cells as
 * the file has them, before the analyst's value choices, so a value stays listed with its choice.
 * Sectors are free text (any name is a sector), so no sector is ever unknown.
 */
export function findUnknownValues(input: ImportPlanInput): FieldUnknownValues[] {
  const tallies = new Map<string, FieldTally>();
  for (const { column, field } of [...input.mapping].sort((a, b) => a.column - b.column)) {
    const fieldType = fieldTypeOf(input.kind, field);
    const accepted = fieldType && acceptedValuesOf(fieldType);
    if (!fieldType || !accepted) continue;
    const tally = tallies.get(field);
    if (tally) tally.columns.push(column);
    else tallies.set(field, { field, fieldType, columns: [column], accepted, verdicts: new Map(), refused: new Map() });
  }
  for (const tally of tallies.values()) {
    for (const row of input.rows) {
      for (const column of tally.columns) countRefused(tally, row.cells[column] ?? null, row.rowNumber);
    }
  }
  return [...tallies.values()].filter((tally) => tally.refused.size > 0).map(summaryOf);
}

function countRefused(tally: FieldTally, cell: CellValue, rowNumber: number): void {
  if (cell === null) return;
  const raw = typeof cell === 'string' ? cell : headerTextOf(cell);
  let value = tally.verdicts.get(raw);
  if (value === undefined) tally.verdicts.set(raw, (value = refusedValueOf(tally, cell)));
  if (value === null || value.lastRow === rowNumber) return;
  value.lastRow = rowNumber;
  value.rowCount++;
}

/** The value a cell holds if the reader refuses it, shared by every spelling with its valueChoiceKey. */
function refusedValueOf(tally: FieldTally, cell: CellValue): CountedValue | null {
  const text = headerTextOf(cell);
  if (text === '' || coerceCell(cell, tally.fieldType).ok) return null;
  const key = valueChoiceKey(text);
  let value = tally.refused.get(key);
  if (!value) tally.refused.set(key, (value = { text, rowCount: 0, suggestion: null, lastRow: -1 }));
  return value;
}

function summaryOf(tally: FieldTally): FieldUnknownValues {
  const all = [...tally.refused.values()].sort((a, b) => b.rowCount - a.rowCount || a.text.localeCompare(b.text));
  return {
    field: tally.field,
    columns: tally.columns,
    accepted: tally.accepted,
    values: all.slice(0, unknownValuesShown).map(({ text, rowCount }) => ({
      text,
      rowCount,
      suggestion: suggestValue(text, tally.fieldType),
    })),
    moreValueCount: Math.max(0, all.length - unknownValuesShown),
  };
}
