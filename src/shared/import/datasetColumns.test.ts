import { describe, expect, it } from 'vitest';
import type { Deal } from '../model/deal';
import { buildImportPlan } from './buildImportPlan';
import { countryFromName } from './countryFromName';
import { dealKindChoices, dealStatusChoices, findSharedKeys, matchEnumChoice } from './enumChoices';
import type { ExistingRecords, ImportPlan } from './importPlanTypes';
import { planTime, sequentialIds, sheetRecords } from './importPlan.testHelpers';
import { proposeMapping } from './proposeMapping';
import type { CellValue } from './workbookTypes';

/*
 * What the GCDF layout taught, for any file: an amount with its USD value in another column,
 * parties in columns named by their role, sources as paired lists of links and titles.
 */
const emptyStore: ExistingRecords = { organizations: [], deals: [], indicators: [], observations: [], events: [] };

const fieldsOf = (headers: string[]) => proposeMapping(headers, 'deals').map((proposal) => proposal.field);

/** Plans the rows under the headers as the dialog proposes them, into an empty store. */
function planProposed(headers: string[], rows: CellValue[][]): ImportPlan {
  const mapping = proposeMapping(headers, 'deals').flatMap(({ column, field }) => (field ? [{ column, field }] : []));
  return buildImportPlan({
    kind: 'deals',
    fileName: 'partners.xlsx',
    sheetName: 'Deals',
    headers,
    rows: sheetRecords(rows),
    mapping,
    options: { mode: 'add-and-update' },
    existing: emptyStore,
    now: planTime,
    newId: sequentialIds(),
  });
}

const dealsOf = (plan: ImportPlan) => plan.rows.map((row) => row.record as Deal);

function partiesOf(plan: ImportPlan, deal: Deal): string[] {
  const name = (id: string) => plan.newOrganizations.find((organization) => organization.id === id)?.name;
  return deal.parties.map((party) => `${name(party.organizationId)} (${party.role})`);
}

describe('a USD column beside the amount', () => {
  it('is proposed as the USD value when the file has an amount column too, and as the amount when alone', () => {
    expect(fieldsOf(['Title', 'Amount', 'Currency', 'Value (USD)'])).toEqual(['title', 'amount', 'currency', 'valueUsd']);
    expect(fieldsOf(['Название', 'Сумма', 'Валюта', 'Сумма, долл. США'])).toEqual(['title', 'amount', 'currency', 'valueUsd']);
    expect(fieldsOf(['Title', 'Value (USD)'])).toEqual(['title', 'amount']);
    expect(fieldsOf(['Title', 'Amount, USD', 'Amount (constant USD 2021)'])).toEqual(['title', 'amount', null]);
  });

  it('keeps the stated amount and currency and puts the dollars beside them, the row’s date as the rate’s', () => {
    const plan = planProposed(
      ['Title', 'Date', 'Amount', 'Currency', 'Value (USD)'],
      [
        ['Fibre backbone', '2024-02-01', 2_000_000_000, 'CNY', 280_000_000],
        ['Data centre', '2024', null, null, 50_000_000],
        ['Grant', '2024-05-06', 1_000, 'UZS', 'EUR 90'],
      ],
    );
    const [fibre, dataCentre] = dealsOf(plan);
    expect(fibre.money).toEqual({
      amount: 2_000_000_000,
      currency: 'CNY',
      qualifier: 'exact',
      usd: { amount: 280_000_000, rate: 0.14, rateDate: '2024-02-01', rateSource: 'partners.xlsx, column “Value (USD)”' },
    });
    expect(dataCentre.money).toMatchObject({ amount: 50_000_000, currency: 'USD' });
    expect(plan.rows[2].problems).toEqual([
      expect.objectContaining({ column: 4, field: 'valueUsd', code: 'conflicting-values' }),
    ]);
  });
});

describe('party columns named by their role', () => {
  it('are proposed as those roles in English, Russian, Uzbek and Chinese', () => {
    expect(fieldsOf(['Title', 'Contractor', 'Investor', 'Financier', 'Supplier', 'Guarantor'])).toEqual([
      'title',
      'contractors',
      'investors',
      'financiers',
      'suppliers',
      'guarantors',
    ]);
    expect(fieldsOf(['Название', 'Подрядчик', 'Инвестор', 'Кредитор', 'Бенефициар'])).toEqual([
      'title',
      'contractors',
      'investors',
      'financiers',
      'beneficiaries',
    ]);
    expect(fieldsOf(['Loyiha nomi', 'Pudratchi', 'Investor'])).toEqual(['title', 'contractors', 'investors']);
    expect(fieldsOf(['项目名称', '承包商', '投资方'])).toEqual(['title', 'contractors', 'investors']);
  });

  it('give each organization its column’s role, and a country only from the row', () => {
    const plan = planProposed(
      ['Title', 'Contractor', 'Инвестор', 'Financier', 'Financier country', 'Chinese partner'],
      [
        ['Solar plant', 'PowerChina', 'ACWA Power', 'Bank of China; ICBC', 'China', 'PowerChina'],
        ['Wind farm', 'Sany Renewable', null, 'Asian Development Bank', 'Philippines', null],
      ],
    );
    const [solar, wind] = dealsOf(plan);
    // PowerChina is named as contractor and as Chinese partner: it keeps the role its column names.
    expect(partiesOf(plan, solar)).toEqual([
      'Bank of China (financier)',
      'ICBC (financier)',
      'ACWA Power (investor)',
      'PowerChina (contractor)',
    ]);
    expect(partiesOf(plan, wind)).toEqual(['Asian Development Bank (financier)', 'Sany Renewable (contractor)']);
    const countryOf = (name: string) => plan.newOrganizations.find((organization) => organization.name === name)?.country;
    expect([countryOf('ICBC'), countryOf('Asian Development Bank'), countryOf('ACWA Power')]).toEqual(['CN', 'PH', null]);
    expect(plan.counts.rejected).toBe(0);
  });

  it('read countries the way datasets write them', () => {
    expect(countryFromName("China (People's Republic of)")).toBe('CN');
    expect(countryFromName('Malaysia')).toBe('MY');
    expect(countryFromName('Узбекистан')).toBe('UZ');
    expect(countryFromName('Atlantis')).toBeNull();
  });
});

describe('sources as paired lists of links and titles', () => {
  it('make one citation per link with the title at the same place, whichever separator the file uses', () => {
    const plan = planProposed(
      ['Title', 'Links', 'Source titles', 'Publisher'],
      [
        ['Metro line', 'https://a.example/1\n\nhttps://a.example/3', 'First\nSecond\nThird', 'Kun.uz\n\nGazeta.uz'],
        ['Tram line', 'https://a.example/1; https://a.example/4', 'First; ', 'Kun.uz; UzDaily'],
      ],
    );
    const [metro, tram] = dealsOf(plan);
    const source = (id: string) => plan.newSources.find((candidate) => candidate.id === id);
    expect(metro.citations.map((citation) => [citation.excerpt, source(citation.sourceId)?.title])).toEqual([
      ['https://a.example/1', 'First'],
      ['Second', 'Second'],
      ['https://a.example/3', 'Third'],
    ]);
    expect(source(metro.citations[2].sourceId)?.publisher).toBe('Gazeta.uz');
    expect(tram.citations.map((citation) => source(citation.sourceId)?.title)).toEqual(['First', 'https://a.example/4']);
    expect(tram.citations[0].sourceId).toBe(metro.citations[0].sourceId);
    expect(plan.newSources).toHaveLength(4);
  });
});

describe('a year column beside the date', () => {
  it('dates only the rows whose full date is blank', () => {
    expect(fieldsOf(['Title', 'Commitment year', 'Commitment date'])).toEqual(['title', 'year', 'date']);
    const plan = planProposed(
      ['Title', 'Year', 'Date'],
      [
        ['Dated', 2021, '2021-03-15'],
        ['Year only', 2019, null],
      ],
    );
    expect(dealsOf(plan).map((deal) => deal.date)).toEqual([
      { unit: 'day', start: '2021-03-15', end: '2021-03-15' },
      { unit: 'year', start: '2019-01-01', end: '2019-12-31' },
    ]);
  });
});

describe('AidData’s vocabularies', () => {
  it('read as Silk Ledger statuses and kinds, each word naming one code only', () => {
    const statuses = ['Pipeline: Pledge', 'Pipeline: Commitment', 'Implementation', 'Completion', 'Cancelled', 'Suspended'];
    expect(statuses.map((status) => matchEnumChoice(dealStatusChoices, status))).toEqual([
      'declared',
      'signed',
      'in-progress',
      'completed',
      'terminated',
      'signed',
    ]);
    const flowTypes = ['Loan', 'Grant', "Export buyer's credit", "Supplier's credit/export seller's credit", 'Debt rescheduling'];
    expect(flowTypes.map((flowType) => matchEnumChoice(dealKindChoices, flowType))).toEqual([
      'loan',
      'project',
      'loan',
      'loan',
      'other',
    ]);
    expect(findSharedKeys(dealStatusChoices)).toEqual([]);
    expect(findSharedKeys(dealKindChoices)).toEqual([]);
  });
});
