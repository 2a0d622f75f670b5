import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '@shared/model/dataset';
import { seedMarkerKey } from '@shared/model/settings';
import { createDataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';
import { scratchStores } from './testing/scratchStores';
import { ensureDefaultDataset, resetToDefaultDataset } from './defaultDataset';
import { dealInput, organizationInput } from './testing/sampleInputs';
import { readTable } from './readRecords';
import { readAllHistory } from './historyChunks';
import { readSetting } from './settings';

const stamps = { createdAt: '2026-11-25T00:00:00.000Z', updatedAt: '2026-11-25T00:00:00.000Z', deletedAt: null };
const organizationId = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';

const dataset: Dataset = datasetSchema.parse({
  formatVersion: 1,
  datasetVersion: 'test-1',
  title: 'Test dataset',
  sources: [],
  organizations: [{ ...organizationInput(), id: organizationId, ...stamps }],
  deals: [
    { ...dealInput({ parties: [{ organizationId, role: 'signatory' }] }), id: '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c4', ...stamps },
  ],
  indicators: [],
  observations: [],
  events: [],
  annotations: [],
});

let db: SilkLedgerDatabase;

const openScratchStore = scratchStores('seed');

beforeEach(async () => {
  db = await openScratchStore();
});

describe('default dataset', () => {
  it('fills a new store once, with a history entry per record', async () => {
    expect(await ensureDefaultDataset(db, () => dataset)).toBe(true);
    expect(await readTable(db, 'organizations')).toEqual(dataset.organizations);
    expect(await readTable(db, 'deals')).toEqual(dataset.deals);
    expect((await readAllHistory(db)).length).toBe(2);
    expect(await readSetting(db, seedMarkerKey)).toMatchObject({ datasetVersion: 'test-1' });
    expect(await ensureDefaultDataset(db, () => dataset)).toBe(false);
    expect((await readTable(db, 'organizations')).length).toBe(1);
  });

  it('does not ask for the dataset when the store was seeded, so a start does not validate it', async () => {
    await ensureDefaultDataset(db, () => dataset);
    const notNeeded = () => {
      throw new Error('the dataset was asked for');
    };
    expect(await ensureDefaultDataset(db, notNeeded)).toBe(false);
  });

  it('waits for a dataset loaded on demand, as the window loads it, and fills the store with it', async () => {
    const later = () => new Promise<typeof dataset>((resolve) => setTimeout(() => resolve(dataset), 10));
    expect(await ensureDefaultDataset(db, later)).toBe(true);
    expect(await readTable(db, 'deals')).toEqual(dataset.deals);
    expect((await readAllHistory(db)).length).toBe(2);
  });

  it('never fills a store that already holds the analyst’s records', async () => {
    const data = createDataLayer(db, { actor: () => 'analyst' });
    await data.create('organizations', organizationInput({ name: 'Tencent', country: 'CN', kind: 'private-company' }));
    expect(await ensureDefaultDataset(db, () => dataset)).toBe(false);
    expect((await readTable(db, 'organizations')).map((organization) => organization.name)).toEqual(['Tencent']);
  });

  it('resets to the default dataset, discarding edits and history', async () => {
    await ensureDefaultDataset(db, () => dataset);
    const data = createDataLayer(db, { actor: () => 'analyst' });
    await data.update('organizations', organizationId, { name: 'Renamed' });
    await data.create('organizations', organizationInput({ name: 'Extra' }));
    await resetToDefaultDataset(db, dataset);
    expect(await readTable(db, 'organizations')).toEqual(dataset.organizations);
    expect((await readAllHistory(db)).length).toBe(2);
  });
});
