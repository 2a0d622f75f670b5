import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildImportPlan } from '@shared/import/buildImportPlan';
import { dealsPlanInput, dealsStore } from '@shared/import/importPlan.testHelpers';
import type { Deal } from '@shared/model/deal';
import { dealRowOf, plainDealRow, type DealRow } from '@shared/model/tableRows';
import { createDataLayer, type DataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { ensureDefaultDataset, resetToDefaultDataset } from './defaultDataset';
import { defaultDataset } from './defaultDatasetFile';
import { commitImportPlan } from './importCommit';
import { KeptPages } from './pageRevisions';
import { readRows, readTable } from './readRecords';
import { pageOf, pageTable } from './recordPages';
import { rowPageCount, rowPageTable, rowsOfSection } from './rowPages';
import { replaceStore } from './replaceStore';
import { dealInput } from './testing/sampleInputs';
import { scratchStores } from './testing/scratchStores';

let db: SilkLedgerDatabase;
let data: DataLayer;
let liveRows: KeptPages;
let liveDeals: KeptPages;

const openScratchStore = scratchStores('deal-rows');
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The rows in the store are exactly the rows of the stored deals, each on its deal's page; and the
 * live reads, which read only the pages stamped since their last read, see what a whole read sees.
 */
async function expectRowsToAgreeWithDeals(): Promise<void> {
  const deals = await readTable(db, 'deals');
  const rows = await plainRows();
  expect([...rows].sort(byId)).toStrictEqual(deals.map(dealRowOf).sort(byId));
  expect(await plainRows(liveRows)).toStrictEqual(rows);
  expect(await readTable(db, 'deals', liveDeals)).toStrictEqual(deals);
  // A section for every page of deals, in the row page its number leaves when divided by the row pages' count.
  const dealPages = await pageTable(db, 'deals').toCollection().primaryKeys();
  const sections: number[] = [];
  for (const stored of await rowPageTable(db, 'deals')!.toArray()) {
    for (const section of stored.sections) {
      expect(section.page % rowPageCount).toBe(stored.page);
      sections.push(section.page);
      for (const row of rowsOfSection(section) as DealRow[]) expect(pageOf(row.id)).toBe(section.page);
    }
  }
  expect(sections.sort((a, b) => a - b)).toEqual(dealPages);
}

/** The rows in the store as plain objects: rows read from columns read their fields as asked. */
async function plainRows(kept?: KeptPages): Promise<DealRow[]> {
  return (await readRows(db, 'deals', kept)).map((row) => plainDealRow(row as DealRow));
}

async function created(overrides: Partial<Deal> = {}): Promise<Deal> {
  const result = await data.create('deals', dealInput(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeEach(async () => {
  db = await openScratchStore();
  data = createDataLayer(db, { actor: () => 'A. Analyst' });
  liveRows = new KeptPages();
  liveDeals = new KeptPages();
});

describe('the deals kept as rows', () => {
  it('follow every write of the data layer: create, edit, delete, restore, bulk delete and undo', async () => {
    await ensureDefaultDataset(db, defaultDataset);
    await expectRowsToAgreeWithDeals();
    const deal = await created({ title: 'Fibre backbone, Bukhara' });
    const other = await created({ title: 'Data centre, Navoi' });
    await expectRowsToAgreeWithDeals();

    const [source] = await readTable(db, 'sources');
    const citations = [{ sourceId: source.id, excerpt: 'signed in Tashkent', location: 'p. 2' }];
    const edited = await data.update('deals', deal.id, { title: 'Fibre backbone, Bukhara (phase 2)', citations });
    expect(edited.ok).toBe(true);
    const row = (await readRows(db, 'deals')).find((candidate) => candidate.id === deal.id);
    expect(row).toMatchObject({ title: 'Fibre backbone, Bukhara (phase 2)', citedSourceIds: [source.id] });
    await expectRowsToAgreeWithDeals();

    expect((await data.remove('deals', deal.id)).ok).toBe(true);
    expect((await readRows(db, 'deals')).find((candidate) => candidate.id === deal.id)?.deletedAt).not.toBeNull();
    await expectRowsToAgreeWithDeals();
    expect((await data.restore('deals', deal.id)).ok).toBe(true);
    await expectRowsToAgreeWithDeals();

    const batchId = crypto.randomUUID();
    expect((await data.setDeletedMany('deals', [deal.id, other.id], true, { batchId })).ok).toBe(true);
    await expectRowsToAgreeWithDeals();
    expect((await data.undoBatch(batchId)).ok).toBe(true);
    expect((await readRows(db, 'deals')).filter((candidate) => candidate.deletedAt !== null)).toEqual([]);
    await expectRowsToAgreeWithDeals();
  });

  it('follow an import, its undo, and an import that fails without writing anything', async () => {
    const store = dealsStore();
    await replaceStore(db, { organizations: [...store.existing.organizations], deals: [...store.existing.deals] }, 'keep');
    await expectRowsToAgreeWithDeals();
    const plan = buildImportPlan(dealsPlanInput(store.existing));
    const options = { actor: 'A. Analyst', now: '2025-06-01T12:00:00.000Z', newId: () => crypto.randomUUID() };

    const result = await commitImportPlan(db, plan, options);
    if (!result.ok) throw new Error(result.error.message);
    expect((await readRows(db, 'deals')).length).toBe(store.existing.deals.length + plan.counts.added);
    await expectRowsToAgreeWithDeals();
    expect((await data.undoBatch(result.value.batchId)).ok).toBe(true);
    await expectRowsToAgreeWithDeals();

    const rowsBefore = await plainRows();
    const added = plan.rows.filter((row) => row.status === 'added');
    const broken = {
      ...plan,
      rows: plan.rows.map((row) => (row === added.at(-1) ? { ...row, record: { ...row.record, title: '' } } : row)),
    };
    expect((await commitImportPlan(db, broken, options)).ok).toBe(false);
    expect(await plainRows()).toStrictEqual(rowsBefore);
  });

  it('are replaced with the deals when the store is reset or replaced', async () => {
    await ensureDefaultDataset(db, defaultDataset);
    await created({ title: 'A deal the reset removes' });
    await resetToDefaultDataset(db, defaultDataset());
    expect((await readRows(db, 'deals')).map((row) => row.title)).not.toContain('A deal the reset removes');
    await expectRowsToAgreeWithDeals();
    await replaceStore(db, {}, 'keep');
    expect(await readRows(db, 'deals')).toEqual([]);
    await expectRowsToAgreeWithDeals();
  });

  it('read again after an edit are new only for the edited deal’s page, not the other sections of its row page', async () => {
    const made = await data.createMany(
      'deals',
      Array.from({ length: 400 }, (_, index) => dealInput({ title: `Deal ${index}` })),
    );
    if (!made.ok) throw new Error(made.error.message);
    const before = new Set(await readRows(db, 'deals', liveRows));
    const edited = made.value[0];
    expect((await data.update('deals', edited.id, { title: 'Deal 0, edited' })).ok).toBe(true);
    const after = await readRows(db, 'deals', liveRows);

    const editedPage = pageOf(edited.id);
    const besideIt = after.filter(
      (row) => pageOf(row.id) !== editedPage && pageOf(row.id) % rowPageCount === editedPage % rowPageCount,
    );
    expect(besideIt.length).toBeGreaterThan(0);
    for (const row of after) expect(before.has(row), row.title).toBe(pageOf(row.id) !== editedPage);
    expect(after.find((row) => row.id === edited.id)?.title).toBe('Deal 0, edited');
  });
});
