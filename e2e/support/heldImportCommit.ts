import { expect } from '@playwright/test';
import * as XLSX from 'xlsx';
import type { ImportPage } from './importPage';
import { writeSheetFile } from './sheetFile';

/**
 * Writes a deals workbook of `rows` fibre segments, numbered from `firstSegment`: titles in three
 * scripts, ISO dates, partners the default dataset knows, and amounts, so every row is accepted.
 */
export function writeFibreSegmentsWorkbook(path: string, rows: number, firstSegment = 1): void {
  const partners = ['JSC Uzbektelecom', 'Huawei', 'China Unicom', 'ZTE'];
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Title', 'Signed', 'Partner', 'Amount, USD'],
    ...Array.from({ length: rows }, (_, index) => {
      const segment = firstSegment + index;
      return [
        `Fibre segment ${segment} — участок ${segment} 光纤`,
        `2024-${String((index % 12) + 1).padStart(2, '0')}-15`,
        partners[index % partners.length],
        1_000_000 + index,
      ];
    }),
  ]);
  writeSheetFile(path, 'Segments', sheet);
}

interface CommitProbe {
  held: boolean;
  puts: Record<string, number>;
}

/**
 * Runs in the import worker, which writes the import: counts the values it asks IndexedDB to put
 * per store, and holds the first transaction that puts a page of deals open with an endless chain
 * of reads, so a test can crash the page or the browser while the import's writes sit in an
 * uncommitted transaction instead of racing the commit.
 */
function holdNextDealsCommit(): void {
  const probe: CommitProbe = { held: false, puts: {} };
  (globalThis as unknown as { commitProbe: CommitProbe }).commitProbe = probe;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    probe.puts[this.name] = (probe.puts[this.name] ?? 0) + 1;
    if (!probe.held && this.name === 'dealPages') {
      probe.held = true;
      const keepOpen = (store: IDBObjectStore) => {
        store.get('keep-the-transaction-open').onsuccess = () => keepOpen(store);
      };
      keepOpen(this);
    }
    return put.apply(this, args);
  };
}

/**
 * With the preview of a `rows`-row import on screen, starts the import and returns once its
 * commit is half-way and held open: the pages of deals are written (all of them, as the commit
 * writes history after records) and the history chunks are being written, in one transaction
 * that cannot commit until the page or the browser is gone.
 */
export async function startImportAndHoldItsCommit(app: ImportPage, rows: number): Promise<void> {
  await expect(app.counts).toHaveText(`${rows} to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped`, { timeout: 90_000 });
  const worker = app.page.workers().find((candidate) => candidate.url().includes('importWorker'));
  if (!worker) throw new Error('the import worker is not running');
  await worker.evaluate(holdNextDealsCommit);
  await app.importButton.click();
  await expect
    .poll(
      () =>
        worker.evaluate(() => {
          const { puts } = (globalThis as unknown as { commitProbe: CommitProbe }).commitProbe;
          return (puts['dealPages'] ?? 0) > 0 && (puts['historyChunks'] ?? 0) > 0;
        }),
      { timeout: 60_000 },
    )
    .toBe(true);
}
