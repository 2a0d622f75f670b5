import { checkSetting, computerSettingKeys, type SettingKey, type SettingValue } from '@shared/model/settings';
import { asDataResult, rejection, type DataResult } from './dataErrors';
import type { MetaEntry, SilkLedgerDatabase } from './database';

// The one way settings are read and written: every value is checked against the schema of its key
// (src/shared/model/settings.ts) on the way in and on the way out. Uses no DOM API, as the import
// worker writes the record of an import through it.

/**
 * The value stored under `key`, checked with its schema. A value that does not fit (a damaged
 * store, an edit made by hand) reads as absent, as if it had never been set, so what the app shows
 * is always what the schema allows.
 */
export async function readSetting<K extends SettingKey>(db: SilkLedgerDatabase, key: K): Promise<SettingValue<K> | undefined> {
  const stored = await db.meta.get(key);
  if (!stored) return undefined;
  const checked = checkSetting(key, stored.value);
  return checked.ok ? checked.value : undefined;
}

/**
 * Writes a setting inside the caller's transaction. A value its schema refuses throws a rejection,
 * which rolls that transaction back: nothing of it is written.
 */
export async function putSetting<K extends SettingKey>(
  db: SilkLedgerDatabase,
  key: K,
  value: SettingValue<K>,
): Promise<SettingValue<K>> {
  const checked = checkSetting(key, value);
  if (!checked.ok) throw rejection(`Could not save ${checked.label}`, checked.issues);
  await db.meta.put({ key, value: checked.value });
  return checked.value;
}

/** Writes one setting; a value its schema refuses comes back as an error naming what is wrong, and nothing is written. */
export function writeSetting<K extends SettingKey>(
  db: SilkLedgerDatabase,
  key: K,
  value: SettingValue<K>,
): Promise<DataResult<SettingValue<K>>> {
  return asDataResult(() => db.transaction('rw', db.meta, () => putSetting(db, key, value)));
}

/**
 * Reads a setting, changes it and writes it back in one transaction, so that two windows saving a
 * view at once do not lose one of the two.
 */
export function updateSetting<K extends SettingKey>(
  db: SilkLedgerDatabase,
  key: K,
  change: (current: SettingValue<K> | undefined) => SettingValue<K>,
): Promise<DataResult<SettingValue<K>>> {
  return asDataResult(() => db.transaction('rw', db.meta, async () => putSetting(db, key, change(await readSetting(db, key)))));
}

/**
 * Writes settings that come as entries (the default dataset's marker, a restored backup's settings)
 * inside the caller's transaction; one that its schema refuses rolls back the whole of it.
 */
export async function putSettingEntries(db: SilkLedgerDatabase, entries: readonly MetaEntry[]): Promise<void> {
  const checked = entries.map(({ key, value }) => {
    const setting = checkSetting(key, value);
    if (!setting.ok) throw rejection(`Could not save ${setting.label}`, setting.issues);
    return { key, value: setting.value };
  });
  await db.meta.bulkPut(checked);
}

/**
 * The settings that belong with the data, as stored, for a backup; those kept per computer (the
 * analyst's name, the screen last shown) stay out. Values are not checked here: a value the schema
 * refuses is reported when the backup is opened, rather than vanishing when it is made.
 */
export function readDataSettings(db: SilkLedgerDatabase): Promise<MetaEntry[]> {
  return db.meta.where('key').noneOf(computerSettingKeys).toArray();
}

/** Removes the settings that belong with the data, for a restore; those kept per computer stay. */
export async function clearDataSettings(db: SilkLedgerDatabase): Promise<void> {
  await db.meta.where('key').noneOf(computerSettingKeys).delete();
}
