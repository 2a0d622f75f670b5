import { useState } from 'react';
import { headerSignature } from '@shared/import/headerSignature';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';
import { saveMappingPreset, useMappingPresetsFor } from './mappingPresets';
import type { ImportChoices } from './useImportPlan';

const valueChoiceCount = (count: number) => (count === 1 ? '1 value choice' : `${count} value choices`);

/** Offers saved mappings for these headers, and saves the current one under a name. */
export function MappingPresets({ choices }: { choices: ImportChoices }) {
  const { db } = useStore();
  const { notify } = useNotices();
  const signature = headerSignature(choices.header?.headers ?? []);
  const presets = useMappingPresetsFor(signature);
  const [name, setName] = useState('');

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) return;
    const valueChoices = [...choices.valueChoices];
    const headers = [...(choices.header?.headers ?? [])];
    const preset = { name: trimmed, signature, kind: choices.kind, fields: [...choices.fields], headers };
    const saved = await saveMappingPreset(db, valueChoices.length > 0 ? { ...preset, valueChoices } : preset);
    if (!saved.ok) {
      notify('error', saved.error.message);
      return;
    }
    setName('');
    const withValues = valueChoices.length === 0 ? '' : ` with ${valueChoiceCount(valueChoices.length)}`;
    notify('success', `Saved the mapping “${trimmed}”${withValues}; it will be offered for files with these headers.`);
  }

  return (
    <div className="import-presets">
      {presets.map((preset) => (
        <p key={preset.name}>
          These headers match your saved mapping “{preset.name}”
          {preset.valueChoices?.length ? ` (${valueChoiceCount(preset.valueChoices.length)})` : ''}.{' '}
          <button type="button" onClick={() => choices.applyPreset(preset)}>
            Use mapping “{preset.name}”
          </button>
        </p>
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="stacked-field">
          Save this mapping as
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Ministry quarterly deals" />
        </label>
        <button type="submit" disabled={!name.trim()}>
          Save mapping
        </button>
      </form>
    </div>
  );
}
