import type { MappingPreset } from '../model/settings';
import { normalizeHeaderText } from './normalizeHeader';

/**
 * The field a saved mapping gives each of these columns. A preset is offered for the same headers
 * in any order (headerSignature.ts), so its fields are found by header: "Amount" keeps its field
 * when a ministry moves the column. Presets saved before they kept their headers apply by position.
 */
export function presetFieldsFor(preset: MappingPreset, headers: readonly string[]): (string | null)[] {
  if (!preset.headers) return headers.map((_header, column) => preset.fields[column] ?? null);
  const fieldByHeader = new Map<string, string | null>();
  preset.headers.forEach((header, column) => fieldByHeader.set(normalizeHeaderText(header), preset.fields[column] ?? null));
  return headers.map((header) => fieldByHeader.get(normalizeHeaderText(header)) ?? null);
}
