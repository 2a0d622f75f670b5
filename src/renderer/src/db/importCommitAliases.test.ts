import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildImportPlan } from '@shared/import/buildImportPlan';
import { dealsPlanInput, dealsStore, sheetRecords } from '@shared/import/importPlan.testHelpers';
import { organizationKey } from '@shared/import/matchOrganizations';
import { createDataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { historyOfBatch } from './historyChunks';
import { commitImportPlan } from './importCommit';
import { readTable } from './readRecords';
import { writeStoreContents } from './replaceStore';
import { scratchStores } from './testing/scratchStores';
import { getRecord } from './testing/storedRecord';

let db: SilkLedgerDatabase;
let store: ReturnType<typeof dealsStore>;
const options = { actor: 'A. Analyst', now: '2025-06-01T12:00:00.000Z', newId: () => crypto.randomUUID() };
const openScratchStore = scratchStores('import-commit-aliases');

beforeEach(async () => {
  db = await openScratchStore();
  store = dealsStore();
  await writeStoreContents(db, { organizations: [...store.existing.organizations], deals: [...store.existing.deals] });
});

/** Two new deals whose Uzbek party is Uzbektelecom spelled in Cyrillic, created as an alias of it. */
function aliasPlan() {
  const input = dealsPlanInput(store.existing, {
    organizationChoices: { [organizationKey('АО «Узбектелеком»')]: { action: 'alias', organizationId: store.uzbektelecom.id } },
  });
  const rows = [
    ['Fibre backbone', 'Contract', 'Signed', '15/03/2024', 'Huawei', 'АО «Узбектелеком»', null, null, null],
    ['Cloud region', 'Contract', 'Signed', '02/04/2024', 'Huawei', 'Узбектелеком', null, null, null],
  ];
  return buildImportPlan({ ...input, rows: sheetRecords(rows) });
}

describe('committing an organization created as an alias', () => {
  it('links the rows to the stored organization and adds the spelling to its aliases in the same batch', async () => {
    const plan = aliasPlan();
    expect(plan.newOrganizations).toEqual([]);
    const result = await commitImportPlan(db, plan, options);
    if (!result.ok) throw new Error(result.error.message);

    const uzbektelecom = await getRecord(db, 'organizations', store.uzbektelecom.id);
    expect(uzbektelecom?.aliases).toEqual(['АО «Узбектелеком»']);
    expect(uzbektelecom?.createdAt).toBe(store.uzbektelecom.createdAt);
    expect((await readTable(db, 'organizations')).length).toBe(store.existing.organizations.length);
    const deals = (await readTable(db, 'deals')).filter(
      (deal) => deal.title === 'Fibre backbone' || deal.title === 'Cloud region',
    );
    for (const deal of deals) expect(deal.parties.map((party) => party.organizationId)).toContain(store.uzbektelecom.id);
    const entries = await historyOfBatch(db, result.value.batchId);
    expect(entries.filter((entry) => entry.table === 'organizations')).toEqual([
      expect.objectContaining({
        action: 'update',
        recordId: store.uzbektelecom.id,
        before: expect.objectContaining({ aliases: [] }),
      }),
    ]);
  });

  it('is taken back with the rest of the import', async () => {
    const result = await commitImportPlan(db, aliasPlan(), options);
    if (!result.ok) throw new Error(result.error.message);
    expect((await getRecord(db, 'organizations', store.uzbektelecom.id))?.aliases).toEqual(['АО «Узбектелеком»']);
    const undone = await createDataLayer(db, { actor: () => 'A. Analyst' }).undoBatch(result.value.batchId);
    expect(undone.ok).toBe(true);
    expect((await getRecord(db, 'organizations', store.uzbektelecom.id))?.aliases).toEqual([]);
  });
});
