import { afterEach } from 'vitest';
import { SilkLedgerDatabase } from '../database';

/**
 * Empty stores for a test file's tests, one per call of the function returned: each is named after
 * `purpose` and a fresh id, opened, and closed and deleted after the test that opened it.
 */
export function scratchStores(purpose: string): () => Promise<SilkLedgerDatabase> {
  const opened: SilkLedgerDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return async () => {
    const db = new SilkLedgerDatabase(`${purpose}-${crypto.randomUUID()}`);
    await db.open();
    opened.push(db);
    return db;
  };
}
