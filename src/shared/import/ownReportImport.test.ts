import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/defaultDataset.testHelpers';
import type { Deal } from '../model/deal';
import { buildReportWorkbook } from '../report/reportWorkbook';
import type { ReportRecords } from '../report/reportLookups';
import { inReportOrder } from '../report/reportRecordOrder';
import { scopeReportRecords } from '../report/scopeReportRecords';
import { libreOfficePresent, resaveWithLibreOffice } from '../testing/libreOffice.testHelpers';
import { emptyStore, existingOf, importAsProposed } from './importOwnFile.testHelpers';
import type { ImportPlan, NewRecord } from './importPlanTypes';

// One deal dated only approximately (the report writes "c. 25 May 2005"), which must come back as such.
const records: ReportRecords = {
  ...dataset,
  deals: dataset.deals.map((deal, index) =>
    index === 1 && deal.date ? { ...deal, date: { ...deal.date, approximate: true } } : deal,
  ),
};
const heading = { title: 'Silk Ledger report', author: 'N. Karimova', generatedAt: new Date('2026-11-25T10:00:00Z') };

function fullReport(format: 'xlsx' | 'ods' = 'xlsx', scoped: ReportRecords = records, filtersDescription: string[] = []) {
  return buildReportWorkbook({ ...heading, records: scoped, format, filtersDescription });
}

/** A deal with the organizations and sources it points at named, so deals of two stores compare. */
export function dealAsNamed(
  deal: NewRecord<'deals'>,
  organizationName: (id: string) => string,
  sourceTitle: (id: string) => string,
) {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = deal as Deal;
  return {
    ...fields,
    parties: deal.parties.map((party) => ({ ...party, organizationId: organizationName(party.organizationId) })),
    citations: deal.citations.map((citation) => ({ ...citation, sourceId: sourceTitle(citation.sourceId) })),
  };
}

const storedName = (id: string) => dataset.organizations.find((organization) => organization.id === id)?.name ?? id;
const storedTitle = (id: string) => dataset.sources.find((source) => source.id === id)?.title ?? id;

function plannedNames(plan: ImportPlan) {
  return {
    organizationName: (id: string) => plan.newOrganizations.find((organization) => organization.id === id)?.name ?? id,
    sourceTitle: (id: string) => plan.newSources.find((source) => source.id === id)?.title ?? id,
  };
}

export function expectNothingToDo(plan: ImportPlan) {
  const problems = plan.rows.flatMap((row) => row.problems.map((problem) => `row ${row.rowNumber}: ${problem.message}`));
  const changes = plan.rows.flatMap((row) => (row.changedFields.length ? [`row ${row.rowNumber}: ${row.changedFields}`] : []));
  expect({ problems, changes }).toEqual({ problems: [], changes: [] });
  expect(plan.counts).toMatchObject({ added: 0, updated: 0, rejected: 0 });
  expect(plan.newOrganizations).toEqual([]);
  expect(plan.newSources).toEqual([]);
}

describe('a report Silk Ledger wrote, imported back', () => {
  it('opens on its Deals sheet and maps every column to its own field or leaves it out on purpose', () => {
    const imported = importAsProposed(fullReport(), 'report.xlsx', existingOf(records));
    expect(imported.sheetName).toBe('Deals');
    expect(imported.mapping).toEqual({
      Title: 'title',
      Kind: 'kind',
      Status: 'status',
      Date: 'date',
      'Date (start)': null,
      Place: 'place',
      Parties: 'parties',
      Sectors: 'sectors',
      'Value (USD)': 'valueUsd',
      'Value as stated': 'amount',
      Qualifier: 'amountQualifier',
      Outputs: 'outputs',
      Description: 'description',
      Sources: 'sources',
      'External IDs': 'externalId',
      ID: 'id',
    });
  });

  it('changes nothing in the store it came from', () => {
    const imported = importAsProposed(fullReport(), 'report.xlsx', existingOf(records));
    expectNothingToDo(imported.plan);
    expect(imported.plan.counts.unchanged).toBe(records.deals.length);
  });

  it('recreates every deal in an empty store, with its parties’ roles, outputs, qualifiers, partial dates and citations', () => {
    const { plan } = importAsProposed(fullReport(), 'report.xlsx', emptyStore);
    expect(plan.counts).toMatchObject({ added: records.deals.length, rejected: 0 });
    const names = plannedNames(plan);
    const recreated = plan.rows.map((row) =>
      dealAsNamed(row.record as NewRecord<'deals'>, names.organizationName, names.sourceTitle),
    );
    // The report lists deals by date.
    expect(recreated).toEqual(inReportOrder(records).deals.map((deal) => dealAsNamed(deal, storedName, storedTitle)));
    // Each party once, under its own name: "Uzbektelecom (signatory)" is Uzbektelecom as a signatory.
    const partyNames = new Set(records.deals.flatMap((deal) => deal.parties.map((party) => storedName(party.organizationId))));
    expect(plan.newOrganizations.map((organization) => organization.name).sort()).toEqual([...partyNames].sort());
    const citedTitles = new Set(
      records.deals.flatMap((deal) => deal.citations.map((citation) => storedTitle(citation.sourceId))),
    );
    expect(plan.newSources.map((source) => source.title).sort()).toEqual([...citedTitles].sort());
  });

  it('changes nothing when the report of a filtered table comes back', () => {
    const chosen = records.deals.filter((deal) => deal.money !== null);
    const scoped = scopeReportRecords(records, 'deals', chosen);
    const bytes = fullReport('xlsx', scoped, ['Deals: 3 of 11 records, as filtered in the table']);
    const imported = importAsProposed(bytes, 'filtered.xlsx', existingOf(records));
    expect(imported.sheetName).toBe('Deals');
    expectNothingToDo(imported.plan);
    expect(imported.plan.counts.unchanged).toBe(chosen.length);
  });

  it('opens the report of an organizations table on its Organizations sheet, and reads it as organizations', () => {
    const scoped = scopeReportRecords(records, 'organizations', records.organizations.slice(0, 5));
    const bytes = fullReport('xlsx', scoped, ['Organizations: 5 of 40 records, as filtered in the table']);
    const imported = importAsProposed(bytes, 'organizations.xlsx', existingOf(records));
    expect(imported.sheetName).toBe('Organizations');
    expect(imported.plan.kind).toBe('organizations');
    expect(imported.mapping).toMatchObject({ ID: 'id', Name: 'name', Country: 'country', Kind: 'kind' });
    expectNothingToDo(imported.plan);
    expect(imported.plan.counts.unchanged).toBe(5);
  });

  it('reads the Indicators sheet as observations that change nothing, and the Events sheet as events, not deals', () => {
    const indicators = scopeReportRecords(records, 'indicators', records.indicators);
    const observations = importAsProposed(
      fullReport('xlsx', indicators, ['Indicators: all, as filtered in the table']),
      'indicators.xlsx',
      existingOf(records),
    );
    expect([observations.sheetName, observations.plan.kind]).toEqual(['Indicators', 'observations']);
    expect(observations.mapping).toMatchObject({ Indicator: 'indicator', Period: 'period', Value: 'value', Basis: 'basis' });
    expectNothingToDo(observations.plan);
    expect(observations.plan.counts.unchanged).toBe(records.observations.length);

    const events = scopeReportRecords(records, 'events', records.events);
    const imported = importAsProposed(
      fullReport('xlsx', events, ['Events: all, as filtered in the table']),
      'events.xlsx',
      existingOf(records),
    );
    expect([imported.sheetName, imported.plan.kind]).toEqual(['Events', 'events']);
    expect(imported.plan.counts).toMatchObject({ added: 0, rejected: 0 });
  });

  it('comes back the same from an ODS report', () => {
    const imported = importAsProposed(fullReport('ods'), 'report.ods', existingOf(records));
    expect(imported.sheetName).toBe('Deals');
    expectNothingToDo(imported.plan);
  });
});

describe.runIf(libreOfficePresent())('a report re-saved by LibreOffice, imported back', () => {
  it('still opens on Deals and changes nothing in the store it came from', { timeout: 180_000 }, () => {
    const resaved = resaveWithLibreOffice(fullReport(), 'report.xlsx', 'xlsx');
    const imported = importAsProposed(resaved, 'report.xlsx', existingOf(records));
    expect(imported.sheetName).toBe('Deals');
    expectNothingToDo(imported.plan);
    expect(imported.plan.counts.unchanged).toBe(records.deals.length);
  });
});
