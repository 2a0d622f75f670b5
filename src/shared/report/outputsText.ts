import { parsed, parseFailure, type ParseResult } from '../values/parseResult';
import { formatQuantity, parseQuantity } from '../values/quantity';
import type { Quantity } from '../values/quantity.schema';

/** "> 27,000 base stations (commissioned); 40 Tbps": a note's semicolons are inside its brackets, so the list reads back. */
export function formatOutputs(outputs: readonly Quantity[]): string {
  return outputs.map(formatQuantity).join('; ');
}

/**
 * The outputs of a cell, one per line or separated by semicolons outside brackets: "> 27,000 base
 * stations; 40 Tbps (transport network capacity)". The note in the last brackets is the
 * description, and may hold brackets of its own.
 */
export function parseOutputs(text: string): ParseResult<Quantity[]> {
  const outputs: Quantity[] = [];
  for (const item of splitOutsideBrackets(text)) {
    const { figure, description } = splitTrailingNote(item);
    const quantity = parseQuantity(figure);
    if (!quantity.ok) return parseFailure(quantity.message);
    outputs.push(description === null ? quantity.value : { ...quantity.value, description });
  }
  return parsed(outputs);
}

function splitOutsideBrackets(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '(') depth++;
    if (character === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (character === '\n' || character === ';')) {
      items.push(current);
      current = '';
    } else current += character;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** "40 Tbps (capacity (planned))" → the figure "40 Tbps" and the note "capacity (planned)", brackets balanced. */
function splitTrailingNote(item: string): { figure: string; description: string | null } {
  if (!item.endsWith(')')) return { figure: item, description: null };
  let depth = 0;
  for (let index = item.length - 1; index >= 0; index--) {
    if (item[index] === ')') depth++;
    if (item[index] === '(' && --depth === 0) {
      const figure = item.slice(0, index).trim();
      return figure === '' ? { figure: item, description: null } : { figure, description: item.slice(index + 1, -1).trim() };
    }
  }
  return { figure: item, description: null };
}
