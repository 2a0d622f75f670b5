import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/defaultDataset.testHelpers';
import { referencesOf } from '../model/references';
import { recordTables, type AnyRecord, type RecordTable } from '../model/tables';
import { scopeReportRecords } from './scopeReportRecords';

const idsOf = (records: { id: string }[]) => new Set(records.map((record) => record.id));

describe('scopeReportRecords', () => {
  const huaweiDeals = dataset.deals.filter((deal) =>
    deal.parties.some((party) => dataset.organizations.find((org) => org.id === party.organizationId)?.name.includes('Huawei')),
  );

  it('keeps exactly the chosen rows of the viewed table, in the order given', () => {
    const chosen = [...huaweiDeals].reverse();
    expect(chosen.length).toBeGreaterThan(0);
    expect(scopeReportRecords(dataset, 'deals', chosen).deals).toEqual(chosen);
  });

  it('brings every record the chosen rows point at, so no report cell says "not in this report"', () => {
    const scoped = scopeReportRecords(dataset, 'deals', huaweiDeals);
    for (const table of recordTables) {
      for (const record of scoped[table] as AnyRecord[]) {
        for (const reference of referencesOf(table, record as never)) {
          expect(
            idsOf(scoped[reference.table] as AnyRecord[]).has(reference.id),
            `${table} ${record.id} → ${reference.table}`,
          ).toBe(true);
        }
      }
    }
  });

  it('leaves out deals, indicators and events the chosen rows have nothing to do with', () => {
    const scoped = scopeReportRecords(dataset, 'deals', huaweiDeals);
    expect(scoped.deals.length).toBeLessThan(dataset.deals.length);
    expect(scoped.indicators).toEqual([]);
    expect(scoped.observations).toEqual([]);
    expect(scoped.events).toEqual([]);
    const partyIds = new Set(huaweiDeals.flatMap((deal) => deal.parties.map((party) => party.organizationId)));
    for (const organization of scoped.organizations) {
      const related = scoped.organizations.some((other) =>
        other.relations.some((relation) => relation.organizationId === organization.id),
      );
      expect(partyIds.has(organization.id) || related).toBe(true);
    }
  });

  it('keeps the annotations on included records and no others', () => {
    const scoped = scopeReportRecords(dataset, 'deals', huaweiDeals);
    const included = new Set(
      (['deals', 'organizations', 'sources'] as RecordTable[]).flatMap((table) => [...idsOf(scoped[table] as AnyRecord[])]),
    );
    expect(scoped.annotations).toEqual(dataset.annotations.filter((annotation) => included.has(annotation.targetId)));
  });

  it('reports an indicator with all its observations', () => {
    const indicator = dataset.indicators[0]!;
    const scoped = scopeReportRecords(dataset, 'indicators', [indicator]);
    expect(scoped.observations).toEqual(dataset.observations.filter((observation) => observation.indicatorId === indicator.id));
  });
});
