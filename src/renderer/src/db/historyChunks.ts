import Dexie, { type Table } from 'dexie';
import type { HistoryEntry } from '@shared/model/history';
import { putPages, type TableSource } from './pageStorage';
import { groupByPage, pageOf } from './recordPages';

/**
 * The history of one operation (an import, the default dataset, a restored backup) for the
 * records of one page. An import of 100,000 rows writes a few hundred chunks instead of 100,000
 * entries with two index entries each; a record's history is still found without an index, in
 * the chunks of its page. Single edits are written as entries of their own (the `history` store).
 */
export interface HistoryChunk {
  page: number;
  batchId: string;
  entries: HistoryEntry[];
}

export const historyChunkStoreName = 'historyChunks';

/**
 * History is chunked by the record's page among 512, the record pages' count when chunks came in
 * (schema version 2). It stayed when records moved to fewer, larger pages: a record's history is read
 * on its own, never all at once, so small chunks suit it, and its chunks did not have to move.
 */
export const historyPageCount = 512;

function chunkTable(source: TableSource): Table<HistoryChunk, [number, string]> {
  return source.table(historyChunkStoreName) as Table<HistoryChunk, [number, string]>;
}

function entryTable(source: TableSource): Table<HistoryEntry, string> {
  return source.table('history') as Table<HistoryEntry, string>;
}

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** Adds entries of batches to their chunks, each touched chunk rewritten once. Runs inside the caller's transaction. */
export async function writeHistoryChunks(source: TableSource, entries: readonly HistoryEntry[]): Promise<void> {
  const byBatch = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    if (entry.batchId === null) throw new Error(`The history entry ${entry.id} belongs to no batch, so it has no chunk`);
    const members = byBatch.get(entry.batchId);
    if (members) members.push(entry);
    else byBatch.set(entry.batchId, [entry]);
  }
  const chunks: HistoryChunk[] = [];
  for (const [batchId, members] of byBatch)
    for (const [page, pageEntries] of groupByPage(members, (entry) => entry.recordId, historyPageCount))
      chunks.push({ page, batchId, entries: pageEntries });
  if (!chunks.length) return;
  const table = chunkTable(source);
  const stored = await table.bulkGet(chunks.map((chunk): [number, string] => [chunk.page, chunk.batchId]));
  const merged = chunks.map((chunk, index) => ({ ...chunk, entries: [...(stored[index]?.entries ?? []), ...chunk.entries] }));
  await putPages(table, merged);
}

/** Writes history as the store keeps it: entries of a batch in chunks, the others one by one. */
export async function writeHistory(source: TableSource, entries: readonly HistoryEntry[]): Promise<void> {
  const single = entries.filter((entry) => entry.batchId === null);
  if (single.length) await entryTable(source).bulkAdd(single);
  await writeHistoryChunks(
    source,
    entries.filter((entry) => entry.batchId !== null),
  );
}

/** A record's history, newest first: its own entries and those in the chunks of its page. */
export async function historyOfRecord(source: TableSource, recordId: string): Promise<HistoryEntry[]> {
  const page = pageOf(recordId, historyPageCount);
  const [single, chunks] = await Promise.all([
    entryTable(source).where('recordId').equals(recordId).toArray(),
    chunkTable(source).where(':id').between([page, Dexie.minKey], [page, Dexie.maxKey]).toArray(),
  ]);
  const chunked = chunks.flatMap((chunk) => chunk.entries.filter((entry) => entry.recordId === recordId));
  return [...single, ...chunked].sort(newestFirst);
}

/** Every entry of one batch, single and chunked. */
export async function historyOfBatch(source: TableSource, batchId: string): Promise<HistoryEntry[]> {
  const [single, chunks] = await Promise.all([
    entryTable(source).where('batchId').equals(batchId).toArray(),
    chunkTable(source).where('batchId').equals(batchId).toArray(),
  ]);
  return [...single, ...chunks.flatMap((chunk) => chunk.entries)];
}

/** One entry by its id; the record it is about tells which chunks could hold it. */
export async function findHistoryEntry(
  source: TableSource,
  { id, recordId }: Pick<HistoryEntry, 'id' | 'recordId'>,
): Promise<HistoryEntry | undefined> {
  const single = await entryTable(source).get(id);
  if (single) return single;
  return (await historyOfRecord(source, recordId)).find((entry) => entry.id === id);
}

/** All history, single and chunked, as one list in id order (the order a backup has always listed it in). */
export async function readAllHistory(source: TableSource): Promise<HistoryEntry[]> {
  const [single, chunks] = await Promise.all([entryTable(source).toArray(), chunkTable(source).toArray()]);
  const all = [...single, ...chunks.flatMap((chunk) => chunk.entries)];
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
