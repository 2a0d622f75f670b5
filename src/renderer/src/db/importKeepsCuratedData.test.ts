import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildImportPlan } from '@shared/import/buildImportPlan';
import { mappingOf, sequentialIds, sheetRecords } from '@shared/import/importPlan.testHelpers';
import { recordTables } from '@shared/model/tables';
import { defaultDataset } from './defaultDatasetFile';
import { commitImportPlan } from './importCommit';
import { readTable } from './readRecords';
import { writeStoreContents } from './replaceStore';
import { scratchStores } from './testing/scratchStores';

const openScratchStore = scratchStores('import-keeps-curated');
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('committing an update over curated records', () => {
  it('overwrites countries yet keeps notes, annotations and the organizations the file leaves out', async () => {
    const db = await openScratchStore();
    const dataset = defaultDataset();
    await writeStoreContents(db, Object.fromEntries(recordTables.map((table) => [table, dataset[table]])));
    const residents = ['SOLUXE CONSULTING', 'ZTE China', 'ONE Cloud China Tech'];
    const plan = buildImportPlan({
      kind: 'organizations',
      fileName: 'residents.xlsx',
      sheetName: 'Residents',
      headers: ['Company', 'Country', 'Notes'],
      rows: sheetRecords(residents.map((name) => [name, 'China', 'Replaced by the file.'])),
      mapping: mappingOf(['name', 'country', 'notes']),
      options: { mode: 'add-and-update', updatePolicy: 'overwrite' },
      existing: dataset,
      now: '2026-12-08T10:00:00.000Z',
      newId: sequentialIds(),
    });
    expect(plan.counts.updated).toBe(3);

    const result = await commitImportPlan(db, plan, {
      actor: 'A. Analyst',
      now: '2026-12-08T10:00:00.000Z',
      newId: () => crypto.randomUUID(),
    });
    if (!result.ok) throw new Error(result.error.message);

    const organizations = new Map((await readTable(db, 'organizations')).map((organization) => [organization.id, organization]));
    expect(organizations.size).toBe(dataset.organizations.length);
    for (const stored of dataset.organizations) {
      const after = organizations.get(stored.id);
      expect(after?.notes).toBe(stored.notes);
      expect(after?.deletedAt).toBeNull();
      expect(after?.country).toBe(residents.includes(stored.name) ? 'CN' : stored.country);
    }
    // Annotations are records of their own: an import neither writes nor removes one.
    expect((await readTable(db, 'annotations')).sort(byId)).toEqual([...dataset.annotations].sort(byId));
  });
});
