import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildImportPlan } from '@shared/import/buildImportPlan';
import { dealsPlanInput, dealsStore } from '@shared/import/importPlan.testHelpers';
import type { ImportPlan } from '@shared/import/importPlanTypes';
import { importBatchKey } from '@shared/model/settings';
import { createDataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { commitImportPlan } from './importCommit';
import { readTable } from './readRecords';
import { getRecord } from './testing/storedRecord';
import { historyOfBatch, historyOfRecord, readAllHistory } from './historyChunks';
import { writeStoreContents } from './replaceStore';
import { readSetting } from './settings';

let db: SilkLedgerDatabase;
let store: ReturnType<typeof dealsStore>;
let plan: ImportPlan;
const options = { actor: 'A. Analyst', now: '2025-06-01T12:00:00.000Z', newId: () => crypto.randomUUID() };

async function snapshot() {
  return {
    deals: await readTable(db, 'deals'),
    organizations: await readTable(db, 'organizations'),
    sources: await readTable(db, 'sources'),
    history: (await readAllHistory(db)).length,
  };
}

const openScratchStore = scratchStores('import-commit');

beforeEach(async () => {
  db = await openScratchStore();
  store = dealsStore();
  await writeStoreContents(db, { organizations: [...store.existing.organizations], deals: [...store.existing.deals] });
  plan = buildImportPlan(dealsPlanInput(store.existing));
});

describe('committing an import plan', () => {
  it('writes added and updated rows and what they introduce, with history in one batch', async () => {
    const result = await commitImportPlan(db, plan, options);
    if (!result.ok) throw new Error(result.error.message);
    expect((await readTable(db, 'deals')).length).toBe(store.existing.deals.length + plan.counts.added);
    expect((await readTable(db, 'organizations')).length).toBe(
      store.existing.organizations.length + plan.newOrganizations.length,
    );
    expect((await getRecord(db, 'deals', store.dataCentre.id))?.money?.amount).toBe(60_000_000);
    const entries = await historyOfBatch(db, result.value.batchId);
    expect(entries).toHaveLength(
      plan.counts.added + plan.counts.updated + plan.newOrganizations.length + plan.newIndicators.length + plan.newSources.length,
    );
    // The entries are stored in chunks, not one by one, yet each record's history shows its import.
    expect(await db.history.count()).toBe(0);
    for (const change of entries) expect(await historyOfRecord(db, change.recordId)).toContainEqual(change);
    expect(await readSetting(db, importBatchKey(result.value.batchId))).toMatchObject({
      counts: plan.counts,
      actor: 'A. Analyst',
    });
  });

  it('can be undone as a whole, leaving the stored records as they were', async () => {
    const before = await snapshot();
    const result = await commitImportPlan(db, plan, options);
    if (!result.ok) throw new Error(result.error.message);
    const undone = await createDataLayer(db, { actor: () => 'A. Analyst' }).undoBatch(result.value.batchId);
    expect(undone.ok).toBe(true);
    expect((await getRecord(db, 'deals', store.dataCentre.id))?.money?.amount).toBe(50_000_000);
    const activeDeals = (await readTable(db, 'deals')).filter((deal) => deal.deletedAt === null);
    expect(activeDeals.map((deal) => deal.id).sort()).toEqual(before.deals.map((deal) => deal.id).sort());
  });

  it('writes nothing at all when one record is invalid', async () => {
    const before = await snapshot();
    const added = plan.rows.filter((row) => row.status === 'added');
    const broken: ImportPlan = {
      ...plan,
      rows: plan.rows.map((row) => (row === added.at(-1) ? { ...row, record: { ...row.record, title: '' } } : row)),
    };
    const result = await commitImportPlan(db, broken, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /^The import was not written, because row \d+ of .+ is invalid: title: Title is required\.$/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing at all when a large import fails in a late write, after earlier batches were queued', async () => {
    const before = await snapshot();
    const template = plan.rows.find((row) => row.status === 'added')!;
    const copies = Array.from({ length: 4500 }, (_, copy) => ({
      ...template,
      rowNumber: 1000 + copy,
      record: { ...template.record, id: crypto.randomUUID(), title: `Copy ${copy}` },
    }));
    // The last copy takes the id of a stored deal: its add fails only once IndexedDB reaches it.
    const clash = { ...copies.at(-1)!, record: { ...copies.at(-1)!.record, id: store.dataCentre.id } };
    const large: ImportPlan = { ...plan, rows: [...plan.rows, ...copies.slice(0, -1), clash] };
    const result = await commitImportPlan(db, large, options);
    expect(!result.ok && result.error.message).toMatch(/^The store could not be written, so nothing was saved: /);
    expect(await snapshot()).toEqual(before);
  });
});
