import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@shared/model/dataset';
import type { RecordOf, RecordTable } from '@shared/model/tables';
import datasetJson from '../../../../../resources/default-dataset.json';
import type { RecordIndex } from '../records/liveRecords';
import { filterOptions } from './filterOptions';

const dataset = datasetSchema.parse(datasetJson);
const byId = new Map<string, RecordOf<RecordTable>>();
for (const records of Object.values(dataset))
  if (Array.isArray(records)) for (const record of records) byId.set(record.id, record);
const index = { all: dataset, active: dataset, byId } as unknown as RecordIndex;
const values = (options: { value: string }[]) => options.map((option) => option.value).sort();

describe('filterOptions', () => {
  it('offers exactly the kinds, statuses, sectors and parties the deals have, each once, in label order', () => {
    const options = filterOptions(dataset.deals, index);
    expect(values(options.kind)).toEqual([...new Set(dataset.deals.map((deal) => deal.kind))].sort());
    expect(values(options.status)).toEqual([...new Set(dataset.deals.map((deal) => deal.status))].sort());
    expect(values(options.sector)).toEqual([...new Set(dataset.deals.flatMap((deal) => deal.sectors))].sort());
    const parties = [...new Set(dataset.deals.flatMap((deal) => deal.parties.map((party) => party.organizationId)))];
    expect(values(options.party)).toEqual(parties.sort());
    const labels = options.party.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('offers the countries of the parties for deals, and of the organizations themselves for organizations', () => {
    const dealCountries = values(filterOptions(dataset.deals, index).country);
    expect(dealCountries).toEqual(expect.arrayContaining(['CN', 'UZ']));
    const organizationCountries = values(filterOptions(dataset.organizations, index).country);
    expect(organizationCountries).toEqual(
      [...new Set(dataset.organizations.flatMap((organization) => (organization.country ? [organization.country] : [])))].sort(),
    );
  });
});
