import type { RecordOf, RecordTable } from '@shared/model/tables';
import type { TableSource } from '../pageStorage';
import { getRecords } from '../recordPages';

/** One stored record by id, or undefined: what the tests look up after a write. */
export async function getRecord<T extends RecordTable>(
  source: TableSource,
  table: T,
  id: string,
): Promise<RecordOf<T> | undefined> {
  return (await getRecords(source, table, [id])).get(id);
}
