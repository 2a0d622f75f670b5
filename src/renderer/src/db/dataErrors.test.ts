import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataLayer } from './dataLayer';
import { describeStorageError, isQuotaError } from './dataErrors';
import { SilkLedgerDatabase } from './database';
import { ensureDefaultDataset } from './defaultDataset';
import { defaultDataset } from './defaultDatasetFile';
import { readStoreContents } from './replaceStore';
import { organizationInput } from './testing/sampleInputs';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota errors', () => {
  it('are recognised however Dexie wraps them', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Dexie.AbortError('inner', quota())))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('2 of 3 failed', { 1: quota() } as never))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'ConstraintError')))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('are explained plainly, other storage failures with their own message', () => {
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', quota())).message).toMatch(
      /^The disk is full or the storage quota for Silk Ledger is used up, so nothing was saved/,
    );
    expect(describeStorageError(new Error('Disk I/O error')).message).toBe(
      'The store could not be written, so nothing was saved: Disk I/O error',
    );
  });
});

describe('a full disk during a write', () => {
  let db: SilkLedgerDatabase | undefined;
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  it('is reported plainly and leaves the store as it was', async () => {
    db = new SilkLedgerDatabase(`quota-${crypto.randomUUID()}`);
    let diskFull = false;
    // The storage engine itself refuses history writes once the "disk" is full, after the record was put.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => (diskFull && name === 'history' ? Promise.reject(quota()) : table.mutate(request)),
          };
        },
      }),
    });
    await db.open();
    await ensureDefaultDataset(db, defaultDataset);
    const before = await readStoreContents(db);
    const data = createDataLayer(db, { actor: () => 'Nigora' });

    diskFull = true;
    const created = await data.create('organizations', organizationInput({ name: 'Alibaba Cloud' }));
    const [deal] = before.deals;
    const updated = await data.update('deals', deal.id, { title: 'Renamed' });
    diskFull = false;

    for (const result of [created, updated]) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(/storage quota for Silk Ledger is used up, so nothing was saved/);
    }
    expect(await readStoreContents(db)).toStrictEqual(before);
  });
});
