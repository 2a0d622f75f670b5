import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { ImportPage } from './support/importPage';
import { readStore } from './support/storeReader';
import { writeSheetFile } from './support/sheetFile';

const rows = 10_000;

function writeLargeDealsWorkbook(path: string): void {
  const partners = ['JSC Uzbektelecom', 'Huawei', 'China Unicom', 'ZTE'];
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Title', 'Signed', 'Partner', 'Amount, USD'],
    ...Array.from({ length: rows }, (_, index) => [
      `Fibre segment ${index + 1} — участок ${index + 1} 光纤`,
      `2024-${String((index % 12) + 1).padStart(2, '0')}-15`,
      partners[index % partners.length],
      1_000_000 + index,
    ]),
  ]);
  writeSheetFile(path, 'Segments', sheet);
}

/**
 * Runs in the import worker, which writes the import: counts the values it asks IndexedDB to put per
 * store and, once asked to, holds the next transaction that puts pages of deals open with a chain of
 * reads, so the test can kill the page while the import's writes sit in an uncommitted transaction
 * instead of racing the commit.
 */
function holdNextDealsCommit(): void {
  const state = { hold: false, held: false, adds: {} as Record<string, number> };
  (globalThis as unknown as { commitProbe: typeof state }).commitProbe = state;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    state.adds[this.name] = (state.adds[this.name] ?? 0) + 1;
    if (state.hold && !state.held && this.name === 'dealPages') {
      state.held = true;
      const keepOpen = (store: IDBObjectStore) => {
        store.get('keep-the-transaction-open').onsuccess = () => keepOpen(store);
      };
      keepOpen(this);
    }
    return put.apply(this, args);
  };
}

test('a page killed in the middle of a 10,000-row import leaves the store as it was', async ({ page, context }) => {
  test.setTimeout(180_000);
  const path = test.info().outputPath('segments.xlsx');
  writeLargeDealsWorkbook(path);
  const app = new ImportPage(page);
  await app.open();
  await expect(app.sidebarCount('Deals')).toHaveText('11');
  const before = await readStore(page);

  await app.importFile(path);
  await expect(app.counts).toHaveText(`${rows} to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped`, { timeout: 90_000 });
  const worker = page.workers().find((candidate) => candidate.url().includes('importWorker'));
  if (!worker) throw new Error('the import worker is not running');
  await worker.evaluate(holdNextDealsCommit);
  await worker.evaluate(() => ((globalThis as unknown as { commitProbe: { hold: boolean } }).commitProbe.hold = true));
  await app.importButton.click();
  // The pages of deals are written (all of them, as the commit writes history after records) and
  // the history chunks are being written: the commit is half-way.
  await expect
    .poll(
      () =>
        worker.evaluate(() => {
          const { adds } = (globalThis as unknown as { commitProbe: { adds: Record<string, number> } }).commitProbe;
          return (adds['dealPages'] ?? 0) > 0 && (adds['historyChunks'] ?? 0) > 0;
        }),
      { timeout: 60_000 },
    )
    .toBe(true);

  const crashed = page.waitForEvent('crash');
  const devtools = await context.newCDPSession(page);
  devtools.send('Page.crash').catch(() => undefined);
  await crashed;

  const reopened = await context.newPage();
  const again = new ImportPage(reopened);
  await again.open();
  await expect(again.sidebarCount('Deals')).toHaveText('11');
  const after = await readStore(reopened);
  expect(after.counts).toEqual(before.counts);
  expect(after.deals).toEqual(before.deals);
});
