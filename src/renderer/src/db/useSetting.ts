import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingKey, SettingValue } from '@shared/model/settings';
import { readSetting } from './settings';
import { useStore } from './storeContext';

/**
 * A setting as the store holds it now, checked with its schema, re-read whenever it is written (in
 * this window or another). Undefined while it is first read, when it was never set, and when the
 * stored value does not fit its schema.
 */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  const { db } = useStore();
  return useLiveQuery(() => readSetting(db, key), [db, key]);
}
