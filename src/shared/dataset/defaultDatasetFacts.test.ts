import { describe, expect, it } from 'vitest';
import {
  dataset,
  dealByTitle,
  eventByName,
  expectCites,
  indicatorByName,
  observationOf,
  orgName,
  partiesOf,
  usd,
} from './defaultDataset.testHelpers';

describe('deals of the default dataset', () => {
  it('holds the 1999 intergovernmental agreement on post and telecommunications', () => {
    const deal = dealByTitle('Agreement “On Cooperation in the Field of Post and Telecommunications”');
    expect(deal).toMatchObject({ kind: 'intergovernmental-agreement', status: 'signed', place: 'Beijing' });
    expect(deal.date).toEqual({ unit: 'day', start: '1999-11-08', end: '1999-11-08' });
    expect(partiesOf(deal)).toEqual([
      ['Government of the Republic of Uzbekistan', 'signatory'],
      ['Government of the People’s Republic of China', 'signatory'],
    ]);
    expectCites(deal, 'November 8, 1999, in Beijing');
  });

  it('holds the 2005 ministerial agreement on communications and information technologies', () => {
    const deal = dealByTitle('Agreement “On Cooperation in the Field of Communications and Information Technologies”');
    expect(deal).toMatchObject({ kind: 'ministerial-agreement', status: 'signed', place: 'Beijing' });
    expect(deal.date).toEqual({ unit: 'day', start: '2005-05-25', end: '2005-05-25' });
    expect(partiesOf(deal)).toEqual([
      ['Ministry of Digital Technologies of Uzbekistan', 'signatory'],
      ['Ministry of Industry and Information Technology of China', 'signatory'],
    ]);
    expectCites(deal, 'May 25, 2005, in Beijing');
  });

  it.each([
    [
      'Uzbektelecom–China Telecom inter-operator agreement on direct transit services and leased communication channels',
      'China Telecom',
      { unit: 'year', start: '2006-01-01', end: '2006-12-31' },
      'the 2006 inter-operator agreement',
    ],
    [
      'Uzbektelecom–China Unicom agreement on international telecommunications services',
      'China Unicom',
      { unit: 'day', start: '2015-06-25', end: '2015-06-25' },
      'the June 25, 2015 agreement',
    ],
    [
      'Uzbektelecom–Tencent agreements',
      'Tencent',
      { unit: 'month', start: '2023-06-01', end: '2023-07-31' },
      'signed in June and July 2023',
    ],
  ])('holds the contract “%s”', (title, partner, date, datePhrase) => {
    const deal = dealByTitle(title);
    expect(deal.status).toBe('signed');
    expect(deal.date).toEqual(date);
    expect(partiesOf(deal)).toEqual([
      ['Uzbektelecom', 'signatory'],
      [partner, 'signatory'],
    ]);
    expectCites(deal, datePhrase, 'A series of contracts concluded by JSC “Uzbektelecom” with leading Chinese companies');
  });

  it('holds the undated UZINFOCOM–H3C joint venture declaration', () => {
    const deal = dealByTitle('Joint Venture Declaration between UZINFOCOM and H3C Technologies');
    expect(deal).toMatchObject({ kind: 'joint-venture', status: 'declared', date: null });
    expect(partiesOf(deal)).toEqual([
      ['UZINFOCOM', 'partner'],
      ['H3C Technologies Co. LTD', 'partner'],
    ]);
    expectCites(deal, 'the Joint Venture Declaration between LLC “UZINFOCOM” and H3C Technologies Co. LTD.');
  });

  const infrastructure = () => dealByTitle('Uzbektelecom telecommunication infrastructure expansion projects (2016–2025)');

  it('holds Uzbektelecom’s 2016–2025 infrastructure projects financed from China', () => {
    const deal = infrastructure();
    expect(deal).toMatchObject({ kind: 'investment-programme', status: 'completed' });
    expect(deal.description).toContain('implemented');
    expect(deal.date).toEqual({ unit: 'year', start: '2016-01-01', end: '2025-12-31' });
    expect(deal.money).toEqual(usd(700_000_000, 'approximately'));
    expect(partiesOf(deal)).toEqual([
      ['Uzbektelecom', 'beneficiary'],
      ['Chinese financial institutions (unnamed)', 'financier'],
    ]);
    expectCites(deal, 'From 2016 to 2025', 'approximately USD 700 million');
  });

  it.each([
    [27000, 'base stations', 'more-than', 'GSM/UMTS/LTE/HR base stations commissioned', 'over 27,000 base stations'],
    [3_000_000, 'subscriber ports', 'more-than', 'modern broadband equipment installed', 'more than 3 million subscriber ports'],
    [40, 'Tbps', 'exact', 'nationwide transport network capacity established', 'a capacity of 40 Tbps'],
    [
      11.2,
      'PB',
      'exact',
      'total capacity of data processing and storage centers put into operation',
      'a total capacity of 11.2 PB',
    ],
  ])('records the infrastructure output %d %s', (value, unit, qualifier, description, phrase) => {
    const deal = infrastructure();
    expect(deal.outputs).toContainEqual({ value, unit, qualifier, description });
    expectCites(deal, phrase);
  });

  it('holds the mobile operators’ 2017–2023 projects with Chinese companies', () => {
    const deal = dealByTitle('Mobile operators’ projects with Chinese companies (2017–2023)');
    expect(deal.date).toEqual({ unit: 'year', start: '2017-01-01', end: '2023-12-31' });
    expect(deal.money).toEqual(usd(500_000_000, 'more-than'));
    expect(partiesOf(deal)).toEqual([
      ['Beeline', 'beneficiary'],
      ['Mobiuz', 'beneficiary'],
      ['Ucell', 'beneficiary'],
      ['Chinese companies (unnamed, mobile operator projects)', 'partner'],
    ]);
    expectCites(deal, 'Between 2017 and 2023', 'exceeding USD 500 million');
  });

  it('holds Huawei’s completed E-Government data center', () => {
    const deal = dealByTitle('Huawei data center for the E-Government system');
    expect(deal).toMatchObject({ kind: 'project', status: 'completed', date: null });
    expect(deal.money).toEqual(usd(58_400_000, 'exact'));
    expect(partiesOf(deal)).toEqual([['Huawei', 'contractor']]);
    expectCites(deal, 'USD 58.4 million', 'Most public services have now been digitized');
  });

  it('holds the talks with Renrui on a call center in Samarkand', () => {
    const deal = dealByTitle('Talks with Renrui on a call center in Samarkand under the Zero Risk program');
    expect(deal).toMatchObject({ kind: 'talks', status: 'under-discussion', place: 'Chongqing' });
    expect(deal.date).toEqual({ unit: 'day', start: '2025-03-23', end: '2025-03-26' });
    expect(partiesOf(deal)).toEqual([
      ['IT Park', 'partner'],
      ['Renrui Human Resources Technology Holdings Limited', 'partner'],
    ]);
    expectCites(deal, 'call center in Samarkand under the Zero Risk program', 'March 23–26 in Chongqing');
  });

  it('holds the IT Park residency granted to RENRUI CA SERVICES', () => {
    const deal = dealByTitle('IT Park residency of RENRUI CA SERVICES');
    expect(deal).toMatchObject({ kind: 'residency', status: 'granted' });
    expect(deal.date).toEqual({ unit: 'day', start: '2025-06-17', end: '2025-06-17' });
    expect(partiesOf(deal)).toEqual([
      ['IT Park', 'grantor'],
      ['RENRUI CA SERVICES', 'beneficiary'],
    ]);
    expectCites(deal, 'on June 17, 2025, received IT Park residency status');
  });
});

const year2024 = ['2024-01-01', '2024-12-31'] as const;
const firstHalf2025 = ['2025-01-01', '2025-06-30'] as const;

describe('indicators of the default dataset', () => {
  it('counts 13 IT Park residents with Chinese capital by the end of 2024, three of them named', () => {
    expect(indicatorByName('IT Park residents with Chinese capital').unit).toBe('companies');
    const observation = observationOf('IT Park residents with Chinese capital', ...year2024);
    expect(observation).toMatchObject({ value: 13, qualifier: 'exact', basis: 'cumulative', period: { unit: 'year' } });
    expect(observation.organizationIds.map(orgName)).toEqual(['SOLUXE CONSULTING', 'ZTE China', 'ONE Cloud China Tech']);
    expectCites(observation, 'By the end of 2024, 13 companies');
  });

  it('records USD 455,400 of services exports by those residents in 2024', () => {
    expect(indicatorByName('Services exports by IT Park residents with Chinese capital').unit).toBe('USD');
    const observation = observationOf('Services exports by IT Park residents with Chinese capital', ...year2024);
    expect(observation).toMatchObject({ value: 455_400, qualifier: 'exact', basis: 'period', period: { unit: 'year' } });
    expectCites(observation, 'USD 455,400');
  });

  it('records USD 632,100 by the second quarter of 2025 as a running total of unclear start', () => {
    const observation = observationOf('Services exports by IT Park residents with Chinese capital', ...firstHalf2025);
    expect(observation).toMatchObject({ value: 632_100, qualifier: 'exact', basis: 'cumulative', period: { unit: 'quarter' } });
    expect(observation.notes).toContain('by the second quarter of 2025 this figure had risen to');
    expectCites(observation, 'USD 632,100');
  });

  it('counts 24 companies exporting services to China as of Q2 2025, three of them named', () => {
    const observation = observationOf('Companies exporting services to China', '2025-04-01', '2025-06-30');
    expect(observation).toMatchObject({ value: 24, qualifier: 'exact', basis: 'cumulative', period: { unit: 'quarter' } });
    expect(observation.organizationIds.map(orgName)).toEqual(['MONTFORT CA', 'FINANCIAL CHAIN CORPORATION', 'SOLUXE CONSULTING']);
    expectCites(observation, 'As of the second quarter of 2025', 'reached 24');
  });

  it('records USD 2.7 million of services exports to China in 2024', () => {
    const observation = observationOf('Services exports to China', ...year2024);
    expect(observation).toMatchObject({ value: 2_700_000, qualifier: 'exact', basis: 'period', period: { unit: 'year' } });
    expectCites(observation, 'USD 2.7 million in 2024');
  });

  it('records USD 7.4 million of services exports to China for the period up to Q2 2025', () => {
    const observation = observationOf('Services exports to China', ...firstHalf2025);
    expect(observation).toMatchObject({ value: 7_400_000, qualifier: 'exact', basis: 'period', period: { unit: 'quarter' } });
    expect(observation.notes).toContain('During this period');
    expectCites(observation, 'USD 7.4 million');
  });
});

describe('the Huawei Cloud Go Global Summit 2025', () => {
  const summit = () => eventByName('Huawei Cloud Go Global Summit 2025');

  it('took place on March 23–26, 2025 in Chongqing, organized by Huawei', () => {
    const event = summit();
    expect(event).toMatchObject({ place: 'Chongqing', date: { unit: 'day', start: '2025-03-23', end: '2025-03-26' } });
    expect(event.organizerIds.map(orgName)).toEqual(['Huawei']);
    expectCites(event, 'held on March 23–26 in Chongqing');
  });

  it('had the IT Park delegation, J. Pak’s presentation and Renrui’s talks', () => {
    const participants = summit().participants.map((p) => ({
      ...p,
      organizationId: p.organizationId && orgName(p.organizationId),
    }));
    expect(participants).toEqual([
      expect.objectContaining({ organizationId: 'IT Park', personName: null, role: 'delegation' }),
      {
        organizationId: 'IT Park',
        personName: 'J. Pak',
        role: 'IT Park General Manager',
        contribution:
          'Presentation: “The Development of Uzbekistan’s IT Industry and Conditions Created for IT Companies in the Republic.”',
      },
      expect.objectContaining({
        organizationId: 'Renrui Human Resources Technology Holdings Limited',
        role: 'talks with the IT Park delegation',
      }),
    ]);
    expectCites(
      summit(),
      'IT Park General Manager J. Pak delivered a presentation',
      'including Renrui Human Resources Technology Holdings Limited',
    );
  });

  it('led to the Renrui talks', () => {
    expect(summit().dealIds).toEqual([
      dealByTitle('Talks with Renrui on a call center in Samarkand under the Zero Risk program').id,
    ]);
  });
});

describe('annotations of the default dataset', () => {
  const notesOn = (targetId: string) => dataset.annotations.filter((annotation) => annotation.targetId === targetId);

  it('flags the ambiguous period of the USD 632,100 figure', () => {
    const [note] = notesOn(observationOf('Services exports by IT Park residents with Chinese capital', ...firstHalf2025).id);
    expect(note).toMatchObject({
      confidence: 'medium',
      tags: ['ambiguous-period'],
      author: 'Silk Ledger default dataset',
      pinned: false,
    });
  });

  it('flags the unnamed Chinese partners of the mobile operators', () => {
    const [note] = notesOn(dealByTitle('Mobile operators’ projects with Chinese companies (2017–2023)').id);
    expect(note.tags).toContain('needs-source');
    expect(note.note).toContain('Chinese partners');
  });
});
