import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportRecordKind } from '@shared/import/fieldSynonyms';
import type { SilkLedgerDatabase } from '../../db/database';
import { useStore } from '../../db/storeContext';

/** A named column mapping, offered again when a file with the same headers comes. */
export interface MappingPreset {
  name: string;
  /** headerSignature() of the headers it was made for. */
  signature: string;
  kind: ImportRecordKind;
  /** The field of each column, by column index; null leaves the column out. */
  fields: Array<string | null>;
}

const presetsKey = 'import-mapping-presets';

export async function saveMappingPreset(db: SilkLedgerDatabase, preset: MappingPreset): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const existing = ((await db.meta.get(presetsKey))?.value as MappingPreset[] | undefined) ?? [];
    await db.meta.put({ key: presetsKey, value: [...existing.filter((other) => other.name !== preset.name), preset] });
  });
}

/** Saved presets made for exactly these headers. */
export function useMappingPresetsFor(signature: string): MappingPreset[] {
  const { db } = useStore();
  const all = useLiveQuery(async () => ((await db.meta.get(presetsKey))?.value as MappingPreset[] | undefined) ?? [], [db]);
  return (all ?? []).filter((preset) => preset.signature === signature);
}
