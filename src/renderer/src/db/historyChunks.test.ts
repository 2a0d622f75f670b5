import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@shared/model/history';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import {
  findHistoryEntry,
  historyChunkStoreName,
  historyPageCount,
  historyOfBatch,
  historyOfRecord,
  readAllHistory,
  writeHistory,
} from './historyChunks';
import { pageOf } from './recordPages';

let db: SilkLedgerDatabase;

const openScratchStore = scratchStores('history-chunks');

beforeEach(async () => {
  db = await openScratchStore();
});

function entry(recordId: string, at: string, batchId: string | null, id: string = crypto.randomUUID()): HistoryEntry {
  return {
    id,
    at,
    actor: 'A. Analyst',
    action: 'create',
    table: 'deals',
    recordId,
    before: null,
    after: { id: recordId },
    batchId,
    undoOf: null,
  };
}

describe('history in chunks', () => {
  it('stores a batch of many records in at most one value per page, and no single entries', async () => {
    const imported = Array.from({ length: 2000 }, (_, index) => entry(`deal-${index}`, '2026-12-01T10:00:00.000Z', 'import-1'));
    await writeHistory(db, imported);
    expect(await db.history.count()).toBe(0);
    const pages = new Set(imported.map((change) => pageOf(change.recordId, historyPageCount)));
    expect(pages.size).toBeLessThanOrEqual(historyPageCount);
    expect(await db.table(historyChunkStoreName).count()).toBe(pages.size);
    expect(await historyOfBatch(db, 'import-1')).toHaveLength(2000);
    expect(await historyOfBatch(db, 'import-2')).toEqual([]);
  });

  it('gives a record its single and chunked entries, newest first, and nobody else’s', async () => {
    const created = entry('deal-7', '2026-12-01T10:00:00.000Z', 'import-1');
    const edited = { ...entry('deal-7', '2026-12-02T10:00:00.000Z', null), action: 'update' as const };
    const neighbour = entry('deal-8', '2026-12-01T10:00:00.000Z', 'import-1');
    await writeHistory(db, [created, neighbour, edited]);
    expect(await historyOfRecord(db, 'deal-7')).toEqual([edited, created]);
    expect(await findHistoryEntry(db, created)).toEqual(created);
    expect(await findHistoryEntry(db, edited)).toEqual(edited);
    expect(await findHistoryEntry(db, { id: neighbour.id, recordId: 'deal-7' })).toBeUndefined();
  });

  it('adds later entries of a batch to its existing chunks and reads all history back in id order', async () => {
    const first = entry('deal-1', '2026-12-01T10:00:00.000Z', 'bulk', 'bbbbbbbb-0000-4000-8000-000000000000');
    const second = entry('deal-1', '2026-12-01T10:00:01.000Z', 'bulk', 'aaaaaaaa-0000-4000-8000-000000000000');
    await writeHistory(db, [first]);
    await writeHistory(db, [second]);
    expect(await db.table(historyChunkStoreName).count()).toBe(1);
    expect(await readAllHistory(db)).toEqual([second, first]);
  });
});
