import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../model/tables';
import { citation, deal, organization, searchable, usd } from './searchFixtures.testHelpers';
import { buildSearchIndex } from './searchIndex';
import { matchScores, searchRecords } from './searchRecords';

const DEAL_COUNT = 100_000;
const UNIQUE_DEAL = 77_777;
const companies = ['Huawei', 'ZTE', 'Uzbektelecom', 'Beeline', 'China Unicom', 'Ucell', 'Tencent', 'Alibaba Cloud'];
const topics = ['fibre-optic network', 'data centre', 'Safe City cameras', 'mobile broadband', '5G pilot', 'cloud services'];
const places = ['Tashkent', 'Samarkand', 'Bukhara', 'Andijan', 'Beijing', 'Shenzhen', 'Chongqing', 'Xiʼan'];
const pick = <T>(list: T[], n: number): T => list[n % list.length];

/** Deals shaped like the default dataset's, varied enough that words and their postings are many. */
function generatedRecords() {
  const organizations = Array.from({ length: 400 }, (_, n) =>
    organization({ name: `${pick(companies, n)} ${n}`, aliases: n % 3 === 0 ? [`Partner ${n} LLC`] : [] }),
  );
  const deals = Array.from({ length: DEAL_COUNT }, (_, n) =>
    deal({
      title: `${pick(companies, n)} ${pick(topics, n * 7)} agreement No. ${n}`,
      kind: 'commercial-contract',
      status: 'signed',
      date: { unit: 'year', start: `${2000 + (n % 25)}-01-01`, end: `${2000 + (n % 25)}-12-31` },
      place: pick(places, n * 3),
      description: `A ${pick(topics, n * 5)} project in ${pick(places, n)}, phase ${n % 17}, covering ${pick(topics, n * 11)}${
        n === UNIQUE_DEAL ? ' near Zarafshon' : ''
      }.`,
      parties: [
        { organizationId: pick(organizations, n).id, role: 'signatory' },
        { organizationId: pick(organizations, n * 31 + 7).id, role: 'contractor' },
      ],
      sectors: [pick(['telecommunications', 'digital economy', 'finance'], n)],
      money: usd(n * 1000),
      citations: [citation(`The ${pick(topics, n * 13)} contract No. ${n} was signed in ${pick(places, n * 5)} by both sides.`)],
    }),
  );
  for (const sample of [deals[0], deals[UNIQUE_DEAL]]) recordSchemas.deals.parse(sample);
  return { ...searchable({ organizations }), deals };
}

function millisecondsOf(run: () => unknown): number {
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[2];
}

describe(`searchRecords over ${DEAL_COUNT.toLocaleString('en-US')} deals`, () => {
  const records = generatedRecords();
  const buildStart = performance.now();
  const index = buildSearchIndex(records);
  const buildTime = performance.now() - buildStart;

  it('finds the one deal with a word no other deal has', () => {
    const hits = searchRecords(index, 'zarafshon');
    expect(hits.map((hit) => hit.id)).toEqual([records.deals[UNIQUE_DEAL].id]);
    expect(hits[0].matchedText).toMatch(/near Zarafshon/);
  });

  it('needs every word: a deal number and a word of its title', () => {
    const hits = searchRecords(index, 'agreement 4242', { limit: Infinity });
    expect(hits.map((hit) => hit.title.replace(/.* No\. /, '')).sort()).toEqual([
      '4242',
      ...Array.from({ length: 10 }, (_, digit) => `4242${digit}`),
    ]);
  });

  it('returns the best hits of a word every deal has, shortest titles first', () => {
    const hits = searchRecords(index, 'agreement');
    expect(hits).toHaveLength(50);
    expect(hits.every((hit) => hit.score === matchScores.wordsInTitle)).toBe(true);
    const lengths = hits.map((hit) => hit.title.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('logs how long building and querying take (a benchmark measures speed; this test does not)', () => {
    const queries = ['zarafshon', 'huawei', 'huawei data', "xi'an broadband", 'a', 'agreement', 'no such words'];
    const timings = queries.map((query) => {
      const hitCount = searchRecords(index, query).length;
      return `${JSON.stringify(query)} (${hitCount} hits) ${millisecondsOf(() => searchRecords(index, query)).toFixed(1)} ms`;
    });
    console.log(
      `Search index of ${DEAL_COUNT} deals built in ${buildTime.toFixed(0)} ms; median query times: ${timings.join(', ')}`,
    );
    expect(timings).toHaveLength(queries.length);
  });
});
