import { describe, expect, it } from 'vitest';
import { headerSignature } from './headerSignature';
import { presetFieldsFor } from './presetFields';
import type { MappingPreset } from '../model/settings';

const savedFor = (headers: string[], fields: (string | null)[], keepHeaders = true): MappingPreset => ({
  name: 'Ministry quarterly deals',
  signature: headerSignature(headers),
  kind: 'deals',
  fields,
  ...(keepHeaders ? { headers } : {}),
});

describe('applying a saved mapping to a file with the same headers', () => {
  const preset = savedFor(['Title', 'Amount', 'Currency', 'Notes'], ['title', 'amount', 'currency', null]);

  it('gives each column the field saved for its header when the columns come in another order', () => {
    const reordered = ['Currency', 'NOTES', 'title', 'Amount '];
    expect(headerSignature(reordered)).toBe(preset.signature);
    expect(presetFieldsFor(preset, reordered)).toEqual(['currency', null, 'title', 'amount']);
  });

  it('applies a mapping saved before presets kept their headers by position, as it was saved', () => {
    const older = savedFor(['Title', 'Amount'], ['title', 'amount'], false);
    expect(presetFieldsFor(older, ['Title', 'Amount'])).toEqual(['title', 'amount']);
    expect(presetFieldsFor(older, ['Title', 'Amount', 'Extra'])).toEqual(['title', 'amount', null]);
  });
});
