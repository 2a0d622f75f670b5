import { mappingPresetsKey, type MappingPreset } from '@shared/model/settings';
import type { DataResult } from '../../db/dataErrors';
import type { SilkLedgerDatabase } from '../../db/database';
import { updateSetting } from '../../db/settings';
import { useSetting } from '../../db/useSetting';

export type { MappingPreset };

/** Saves a mapping under its name, in place of one saved before under the same name. */
export function saveMappingPreset(db: SilkLedgerDatabase, preset: MappingPreset): Promise<DataResult<MappingPreset[]>> {
  return updateSetting(db, mappingPresetsKey, (presets = []) => [
    ...presets.filter((other) => other.name !== preset.name),
    preset,
  ]);
}

/** Saved presets made for exactly these headers. */
export function useMappingPresetsFor(signature: string): MappingPreset[] {
  return (useSetting(mappingPresetsKey) ?? []).filter((preset) => preset.signature === signature);
}
