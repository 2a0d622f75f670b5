import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deal } from '../model/deal';
import type { Source } from '../model/source';
import { isGcdfLayout } from './gcdfLayout';
import type { ExistingRecords, ImportPlan } from './importPlanTypes';
import type { PlanPreview } from './planPreview';
import { planTime, sequentialIds } from './importPlan.testHelpers';
import { ImportSession } from './importSession';
import { proposeMapping } from './proposeMapping';
import { readWorkbook } from './readWorkbook';
import { gcdfUsdRateSource } from './usdAmount';

/*
 * fixtures/gcdf-layout.csv was written by Python's csv module with fixtures/makeGcdfFixture.py:
 * GCDF 3.0's 126 headers, ten made-up rows (nine in Uzbekistan, one in Malaysia).
 */
function openGcdfFixture(): ImportSession {
  const name = 'gcdf-layout.csv';
  const read = readWorkbook(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), name);
  if (!read.ok) throw new Error(read.error.message);
  return new ImportSession(read.workbook, sequentialIds());
}

const emptyStore: ExistingRecords = { organizations: [], deals: [], indicators: [], observations: [], events: [] };

/** Plans the file as the dialog proposes it, with no hand step. */
function planAsProposed(existing: ExistingRecords = emptyStore): {
  plan: ImportPlan;
  preview: PlanPreview;
  mappedHeaders: Map<string, string>;
} {
  const session = openGcdfFixture();
  const header = session.header({ sheetIndex: 0, headerRowNumber: null });
  const proposal = proposeMapping(header.headers, 'deals', header.values);
  const mapping = proposal.flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  const preview = session.plan(
    {
      sheetIndex: 0,
      headerRowNumber: null,
      kind: 'deals',
      mapping,
      fixes: [],
      now: planTime,
      options: { mode: 'add-and-update' },
    },
    existing,
  );
  const mappedHeaders = new Map(proposal.flatMap(({ header, field }) => (field ? [[field, header] as const] : [])));
  return { plan: session.planShownAs(preview.planId), preview, mappedHeaders };
}

function dealOf(plan: ImportPlan, title: string): Deal {
  const row = plan.rows.find((planned) => (planned.record as Deal).title.startsWith(title));
  if (!row) throw new Error(`No row titled ${title}`);
  return row.record as Deal;
}

function organizationName(plan: ImportPlan, id: string): string {
  return plan.newOrganizations.find((organization) => organization.id === id)?.name ?? `(stored ${id})`;
}

function partiesOf(plan: ImportPlan, deal: Deal): string[] {
  return deal.parties.map((party) => `${organizationName(plan, party.organizationId)} (${party.role})`);
}

function sourceOf(plan: ImportPlan, id: string): Pick<Source, 'title' | 'publisher' | 'reference' | 'kind'> | undefined {
  const source = plan.newSources.find((candidate) => candidate.id === id);
  return source && { title: source.title, publisher: source.publisher, reference: source.reference, kind: source.kind };
}

describe('AidData GCDF layout', () => {
  it('is recognised by its headers, and a few of its column names alone do not make a file GCDF', () => {
    const header = openGcdfFixture().header({ sheetIndex: 0, headerRowNumber: null });
    expect(header.headers).toHaveLength(126);
    expect(isGcdfLayout(header.headers)).toBe(true);
    expect(isGcdfLayout(header.headers.map((text) => text.toLowerCase().replace(/\W+/g, '_')))).toBe(true);
    expect(isGcdfLayout(['AidData Record ID', 'Title', 'Commitment Date (MM/DD/YYYY)', 'Source URLs', 'Sector Name'])).toBe(
      false,
    );
    expect(isGcdfLayout(header.headers.filter((text) => text !== 'AidData Record ID'))).toBe(false);
  });

  it('maps the columns a deal has fields for: the full date over the year, nominal USD over constant USD', () => {
    const { mappedHeaders } = planAsProposed();
    expect(Object.fromEntries(mappedHeaders)).toMatchObject({
      externalId: 'AidData Record ID',
      title: 'Title',
      description: 'Description',
      status: 'Status',
      kind: 'Flow Type',
      sectors: 'Sector Name',
      date: 'Commitment Date (MM/DD/YYYY)',
      year: 'Commitment Year',
      dateEstimated: 'Commitment Date Estimated',
      amount: 'Amount (Original Currency)',
      currency: 'Original Currency',
      valueUsd: 'Amount (Nominal USD)',
      amountQualifier: 'Amount Estimated',
      financiers: 'Funding Agencies',
      coFinanciers: 'Co-financing Agencies',
      beneficiaries: 'Direct Receiving Agencies',
      implementers: 'Implementing Agencies',
      guarantors: 'Guarantor',
      financierCountry: 'Financier Country',
      recipientCountry: 'Recipient',
      sourceUrls: 'Source URLs',
      sourceTitles: 'Source Titles',
      sourcePublishers: 'Source Publishers',
      sourceKinds: 'Source Resource Types',
      financiersTypes: 'Funding Agencies Type',
      beneficiariesTypes: 'Direct Receiving Agencies Type',
      implementersTypes: 'Implementing Agencies Type',
      guarantorsTypes: 'Guarantor Type',
    });
  });

  it('imports every row with no hand step, its statuses and flow types understood', () => {
    const { plan } = planAsProposed();
    expect(plan.counts).toMatchObject({ added: 10, rejected: 0 });
    expect(plan.mappingProblems).toEqual([]);
    const statusAndKind = (title: string) => {
      const deal = dealOf(plan, title);
      return `${deal.status} ${deal.kind}`;
    };
    expect(statusAndKind('China Eximbank loan')).toBe('completed loan');
    expect(statusAndKind('Huawei equipment')).toBe('in-progress project');
    expect(statusAndKind('CDB credit line')).toBe('signed loan');
    expect(statusAndKind('ZTE broadband')).toBe('terminated loan');
    expect(statusAndKind('Chinese grant for the Tashkent')).toBe('declared project');
    expect(statusAndKind('Angren special economic zone')).toBe('in-progress loan');
    expect(statusAndKind('Scholarships')).toBe('completed project');
    expect(statusAndKind('Andijan textile park')).toBe('signed loan');
  });

  it('keeps the original amount and currency, with the nominal USD value beside it', () => {
    const { plan } = planAsProposed();
    expect(dealOf(plan, 'Huawei equipment').money).toEqual({
      amount: 8_000_000,
      currency: 'CNY',
      qualifier: 'approximately',
      usd: { amount: 1_238_390.09, rate: 1_238_390.09 / 8_000_000, rateDate: '2020-11-02', rateSource: gcdfUsdRateSource },
    });
    const malaysian = dealOf(plan, 'Chinese Embassy grants').money;
    expect(malaysian).toMatchObject({ amount: 1_200_000, currency: 'MYR', qualifier: 'exact', usd: { amount: 285_714.29 } });
    expect(dealOf(plan, 'ZTE broadband').money).toMatchObject({
      currency: 'UZS',
      qualifier: 'approximately',
      usd: { amount: 46_500_000 },
    });
    expect(dealOf(plan, 'China Eximbank loan').money).toMatchObject({
      amount: 350_000_000,
      currency: 'USD',
      usd: { amount: 350_000_000 },
    });
    // No original amount: the amount is the dollars. No amount at all: no money.
    expect(dealOf(plan, 'Angren special economic zone').money).toMatchObject({ amount: 120_000_000, currency: 'USD' });
    expect(dealOf(plan, 'Scholarships').money).toBeNull();
    expect(dealOf(plan, 'Chinese grant for the Tashkent').money).toBeNull();
  });

  it('dates each deal by its commitment date, and by its year only where the date is blank', () => {
    const { plan } = planAsProposed();
    expect(dealOf(plan, 'China Eximbank loan').date).toEqual({ unit: 'day', start: '2021-03-15', end: '2021-03-15' });
    expect(dealOf(plan, 'Chinese Embassy grants').date).toEqual({ unit: 'day', start: '2021-07-05', end: '2021-07-05' });
    expect(dealOf(plan, 'Scholarships').date).toMatchObject({ unit: 'year', start: '2017-01-01', end: '2017-12-31' });
  });

  it('marks a date approximate where "Commitment Date Estimated" says Yes, the year standing in for a blank date too', () => {
    const { plan } = planAsProposed();
    expect(dealOf(plan, 'Huawei equipment').date).toEqual({
      unit: 'day',
      start: '2020-11-02',
      end: '2020-11-02',
      approximate: true,
    });
    expect(dealOf(plan, 'ZTE broadband').date).toMatchObject({ start: '2022-08-09', approximate: true });
    expect(dealOf(plan, 'Scholarships').date).toEqual({
      unit: 'year',
      start: '2017-01-01',
      end: '2017-12-31',
      approximate: true,
    });
    // "No" and a blank cell leave the date exact, with no flag at all.
    for (const title of ['China Eximbank loan', 'CDB credit line', 'Chinese grant for the Tashkent', 'Navoi copper plant']) {
      expect(dealOf(plan, title).date, title).not.toHaveProperty('approximate');
    }
  });

  it('gives funding, receiving and implementing agencies their own roles, each name of a "|" list its own party', () => {
    const { plan } = planAsProposed();
    expect(partiesOf(plan, dealOf(plan, 'China Eximbank loan'))).toEqual([
      'Export-Import Bank of China (financier)',
      'Ministry of Finance of Uzbekistan (beneficiary)',
      'China Railway Tunnel Group (implementer)',
      'Uzbekistan Temir Yollari (implementer)',
    ]);
    expect(partiesOf(plan, dealOf(plan, 'CDB credit line'))).toEqual([
      'China Development Bank (financier)',
      'Bank of China (financier)',
      'Uzbekneftegaz (beneficiary)',
      'Government of Uzbekistan (guarantor)',
    ]);
  });

  it('gives a new organization the kind its agency type says, by position, else the kind its name suggests', () => {
    const { plan, preview } = planAsProposed();
    const kindOf = (name: string) => plan.newOrganizations.find((organization) => organization.name === name)?.kind;
    expect(kindOf('Embassy of China in Malaysia')).toBe('government');
    // "Government Agency" is GCDF's word for ministries and whole governments too; the name narrows it.
    expect(kindOf('Government of Malaysia')).toBe('government');
    expect(kindOf('Ministry of Finance of Uzbekistan')).toBe('ministry');
    expect(kindOf('Tashkent City Administration')).toBe('agency');
    // "Government Agency|": the second member has no type, and its name says a government.
    expect(kindOf('Sarawak State Government')).toBe('government');
    // "|State-owned Company": only the second implementer is typed.
    expect(kindOf('China Railway Tunnel Group')).toBe('private-company');
    expect(kindOf('Uzbekistan Temir Yollari')).toBe('state-owned-company');
    expect(kindOf('Uztelecom')).toBe('operator');
    expect(kindOf('Industrial and Commercial Bank of China')).toBe('financial-institution');
    // Untyped where an earlier row names it, typed on a later one: the type wins.
    expect(kindOf('Almalyk MMC')).toBe('state-owned-company');
    const listed = preview.organizationReconciliation.names.map(({ name, kind, kindFrom }) => ({ name, kind, kindFrom }));
    expect(listed).toContainEqual({
      name: 'Embassy of China in Malaysia',
      kind: 'government',
      kindFrom: '“Embassy” in the Financiers: type column',
    });
    expect(listed).toContainEqual({
      name: 'Almalyk MMC',
      kind: 'state-owned-company',
      kindFrom: '“State-owned Company” in the Beneficiaries: type column',
    });
    expect(listed).toContainEqual({ name: 'Sarawak State Government', kind: 'government', kindFrom: null });
  });

  it('takes a new organization’s country from the row’s financier country or recipient, never a default', () => {
    const { plan } = planAsProposed();
    const countryOf = (name: string) => plan.newOrganizations.find((organization) => organization.name === name)?.country;
    expect(countryOf('Embassy of China in Malaysia')).toBe('CN');
    expect(countryOf('Government of Malaysia')).toBe('MY');
    expect(countryOf('Sarawak State Government')).toBe('MY');
    expect(countryOf('Ministry of Finance of Uzbekistan')).toBe('UZ');
    // Implementing agencies may come from either side; the file does not say, so neither does the import.
    expect(countryOf('Huawei Technologies Co., Ltd.')).toBeNull();
    expect(countryOf('China Railway Tunnel Group')).toBeNull();
  });

  it('makes each source URL with its title and publisher its own citation, empty list members keeping their places', () => {
    const { plan } = planAsProposed();
    const tunnel = dealOf(plan, 'China Eximbank loan');
    expect(tunnel.citations.map((citation) => [citation.excerpt, sourceOf(plan, citation.sourceId)])).toEqual([
      [
        'https://example.org/uz/kamchik-tunnel',
        {
          title: 'Kamchik tunnel opens',
          publisher: 'Ministry of Transport of Uzbekistan',
          reference: 'https://example.org/uz/kamchik-tunnel',
          kind: 'official-statement',
        },
      ],
      ['Untitled memo', { title: 'Untitled memo', publisher: '', reference: '', kind: 'document' }],
      [
        'https://example.org/news/pap-angren',
        {
          title: 'Pap–Angren railway: loan signed',
          publisher: 'Xinhua',
          reference: 'https://example.org/news/pap-angren',
          kind: 'news-article',
        },
      ],
    ]);
    expect(tunnel.citations[0].location).toMatch(/row 2$/);
    // A source without a title is named by its link; two deals citing one link cite one source.
    const textile = dealOf(plan, 'Andijan textile park');
    expect(textile.citations.map((citation) => sourceOf(plan, citation.sourceId)?.title)).toEqual([
      'Andijan textile park financed',
      'https://example.org/andijan-textile-2',
    ]);
    expect(dealOf(plan, 'Navoi copper plant').citations[0].sourceId).toBe(tunnel.citations[0].sourceId);
    expect(dealOf(plan, 'Scholarships').citations).toEqual([]);
    const references = plan.newSources.map((source) => source.reference).filter((reference) => reference !== '');
    expect(new Set(references).size).toBe(references.length);
    expect(plan.newSources).toHaveLength(12);
  });

  it('cites a stored source with the same URL instead of planning a new one', () => {
    const stored: Source = {
      id: '00000000-0000-4000-8000-000000999999',
      title: 'Kamchik tunnel (saved earlier)',
      kind: 'web-page',
      publisher: '',
      date: null,
      language: 'en',
      reference: 'https://example.org/uz/kamchik-tunnel',
      content: '',
      notes: '',
      createdAt: planTime,
      updatedAt: planTime,
      deletedAt: null,
    };
    const { plan } = planAsProposed({ ...emptyStore, sources: [stored] });
    expect(dealOf(plan, 'China Eximbank loan').citations[0].sourceId).toBe(stored.id);
    expect(plan.newSources.some((source) => source.reference === stored.reference)).toBe(false);
  });
});
