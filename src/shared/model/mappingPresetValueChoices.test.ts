import { describe, expect, it } from 'vitest';
import { checkSetting, mappingPresetsKey } from './settings';

// As presets were stored before value choices existed.
const savedBefore = { name: 'Ministry deals', signature: 'headers-v1:status|title', kind: 'deals', fields: ['title', 'status'] };

describe('value choices in a saved mapping', () => {
  it('still reads presets saved without value choices', () => {
    const check = checkSetting(mappingPresetsKey, [savedBefore]);
    expect(check.ok && check.value).toEqual([savedBefore]);
  });

  it('keeps the choices saved with a preset, an empty reading included', () => {
    const valueChoices = [
      { field: 'status', text: 'Completion', replacement: 'completed' },
      { field: 'kind', text: 'Grant', replacement: null },
    ];
    const check = checkSetting(mappingPresetsKey, [{ ...savedBefore, valueChoices }]);
    expect(check.ok && check.value[0].valueChoices).toEqual(valueChoices);
  });

  it('refuses a choice without its text or with a stray property, saying where', () => {
    const noText = checkSetting(mappingPresetsKey, [
      { ...savedBefore, valueChoices: [{ field: 'status', text: '', replacement: 'completed' }] },
    ]);
    expect(noText.ok).toBe(false);
    expect(!noText.ok && noText.issues.map((issue) => issue.field)).toEqual(['0.valueChoices.0.text']);
    const stray = checkSetting(mappingPresetsKey, [
      { ...savedBefore, valueChoices: [{ field: 'status', text: 'Completion', replacement: 'completed', column: 2 }] },
    ]);
    expect(stray.ok).toBe(false);
  });
});
