import { useState } from 'react';
import { headerSignature } from '@shared/import/headerSignature';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';
import { saveMappingPreset, useMappingPresetsFor } from './mappingPresets';
import type { ImportChoices } from './useImportPlan';

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
    const saved = await saveMappingPreset(db, { name: trimmed, signature, kind: choices.kind, fields: [...choices.fields] });
    if (!saved.ok) {
      notify('error', saved.error.message);
      return;
    }
    setName('');
    notify('success', `Saved the mapping “${trimmed}”; it will be offered for files with these headers.`);
  }

  return (
    <div className="import-presets">
      {presets.map((preset) => (
        <p key={preset.name}>
          These headers match your saved mapping “{preset.name}”.{' '}
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
