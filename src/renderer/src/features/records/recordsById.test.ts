import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@shared/model/dataset';
import { recordTables, type AnyRecord } from '@shared/model/tables';
import datasetJson from '../../../../../resources/default-dataset.json';
import type { LiveRecords } from './liveRecords';
import { RecordsById } from './recordsById';

const dataset = datasetSchema.parse(datasetJson);

describe('RecordsById', () => {
  it('finds every record of every table by its id, deleted ones too, and nothing for an unknown id', () => {
    const deleted = { ...dataset.deals[0], deletedAt: '2026-11-26T10:00:00.000Z' };
    const all = { ...dataset, deals: [deleted, ...dataset.deals.slice(1)] } as unknown as LiveRecords;
    const lookup = new RecordsById<AnyRecord>(all);
    // The largest table first, so a lookup of a small table's record comes after the large table's map is made.
    for (const table of [...recordTables].sort((a, b) => all[b].length - all[a].length)) {
      expect(all[table].length, table).toBeGreaterThan(0);
      for (const record of all[table]) expect(lookup.get(record.id), `${table} ${record.id}`).toBe(record);
    }
    expect(lookup.get(deleted.id)).toBe(deleted);
    // Past the first lookups each table is looked up in its map, with the same answers.
    for (let round = 0; round < 20; round++) expect(lookup.get('no-such-id')).toBeUndefined();
    for (const table of recordTables) for (const record of all[table]) expect(lookup.get(record.id)).toBe(record);
  });
});
