import { formatQuantity } from '../values/quantity';
import type { Quantity } from '../values/quantity.schema';
import { parseOutputs } from '../report/outputsText';
import { textValue, unionBy } from './kindPlanner';
import { addProblem, type PlanContext, type RowFields } from './planContext';

/**
 * The stored outputs with those of the row's Outputs cell they lack ("> 27,000 base stations
 * (commissioned); 40 Tbps"); an output that cannot be read is a problem at that cell.
 */
export function readOutputs(fields: RowFields, context: PlanContext, stored: Quantity[]): Quantity[] {
  const text = textValue(fields, 'outputs');
  if (text === null) return stored;
  const outputs = parseOutputs(text);
  if (!outputs.ok) {
    addProblem(fields, context, {
      field: 'outputs',
      code: 'invalid-value',
      message: outputs.message,
      expected:
        'outputs separated by semicolons or on lines of their own, such as "> 27,000 base stations" or "40 Tbps (transport network capacity)"',
    });
    return stored;
  }
  return unionBy(stored, outputs.value, formatQuantity);
}
