import { describe, expect, it } from 'vitest';
import datasetJson from '../../../resources/default-dataset.json';
import { datasetSchema } from '../model/dataset';
import { dataset, expectCites, only, orgByName, orgName, sourceText } from './defaultDataset.testHelpers';
import { findDatasetProblems } from './datasetIntegrity';

describe('the default dataset', () => {
  it('matches the dataset schema', () => {
    expect(datasetSchema.safeParse(datasetJson).success).toBe(true);
    expect(dataset).toMatchObject({ formatVersion: 1, datasetVersion: '2026-12-08.1' });
  });

  it('has no integrity problems', () => {
    expect(findDatasetProblems(dataset)).toEqual([]);
  });

  it('holds the seed document byte for byte as its one source', () => {
    const source = only(dataset.sources, 'source');
    expect(source.content).toBe(sourceText);
    expect(source).toMatchObject({
      title: 'Technology Integration and Joint Research: Priority Areas of Uzbekistan–China Cooperation',
      kind: 'document',
      publisher: '',
      date: null,
      language: 'en',
      reference: 'uzbekistan-china-tech-cooperation.txt',
    });
    expect(source.notes).toContain('June 17, 2025');
  });

  it('holds the expected number of records in each table', () => {
    const counts = [dataset.organizations, dataset.deals, dataset.indicators, dataset.observations, dataset.events].map(
      (t) => t.length,
    );
    expect(counts).toEqual([24, 11, 4, 6, 1]);
  });

  it('stamps every record with the edition date and leaves none deleted', () => {
    const { sources, organizations, deals, indicators, observations, events, annotations } = dataset;
    for (const record of [sources, organizations, deals, indicators, observations, events, annotations].flat())
      expect(record).toMatchObject({
        createdAt: '2026-11-25T00:00:00.000Z',
        updatedAt: '2026-11-25T00:00:00.000Z',
        deletedAt: null,
      });
  });
});

describe('organizations of the default dataset', () => {
  it.each([
    ['Government of the Republic of Uzbekistan', 'UZ', 'government', []],
    ['Government of the People’s Republic of China', 'CN', 'government', []],
    ['Ministry of Digital Technologies of Uzbekistan', 'UZ', 'ministry', []],
    ['Ministry of Industry and Information Technology of China', 'CN', 'ministry', ['MIIT']],
    ['Uzbektelecom', 'UZ', 'operator', ['JSC Uzbektelecom', 'JSC “Uzbektelecom”']],
    ['China Telecom', 'CN', 'operator', []],
    ['China Unicom', 'CN', 'operator', []],
    ['Tencent', 'CN', 'private-company', []],
    ['UZINFOCOM', 'UZ', 'state-owned-company', ['LLC UZINFOCOM', 'LLC “UZINFOCOM”']],
    ['H3C Technologies Co. LTD', 'CN', 'private-company', ['H3C']],
    ['Chinese financial institutions (unnamed)', 'CN', 'unspecified-group', []],
    ['Beeline', 'UZ', 'operator', ['Unitel']],
    ['Mobiuz', 'UZ', 'operator', ['UMS']],
    ['Ucell', 'UZ', 'operator', ['Coscom']],
    ['Chinese companies (unnamed, mobile operator projects)', 'CN', 'unspecified-group', []],
    ['Huawei', 'CN', 'private-company', ['Huawei Technologies']],
    ['IT Park', 'UZ', 'technology-park', ['IT Park Uzbekistan']],
    ['Renrui Human Resources Technology Holdings Limited', 'CN', 'private-company', []],
  ])('holds %s (%s, %s) with its aliases', (name, country, kind, aliases) => {
    const organization = orgByName(name);
    expect(organization).toMatchObject({ country, kind, aliases });
    expect(organization.citations.length).toBeGreaterThan(0);
  });

  it.each([
    ['Beeline', 'Beeline (Unitel)'],
    ['Mobiuz', 'Mobiuz (UMS)'],
    ['Ucell', 'Ucell (Coscom)'],
  ])('cites the source’s own pairing of %s with its alias', (name, pairing) => {
    expectCites(orgByName(name), pairing, 'Between 2017 and 2023');
  });

  it('says the Chinese financial institutions are unnamed', () => {
    expect(orgByName('Chinese financial institutions (unnamed)').notes).toContain('does not name them');
  });

  it.each(['SOLUXE CONSULTING', 'ZTE China', 'ONE Cloud China Tech'])(
    'records %s as an IT Park resident with Chinese capital by the end of 2024',
    (name) => {
      const resident = orgByName(name);
      expect(resident).toMatchObject({ country: 'UZ', capitalOrigin: ['CN'] });
      expect(resident.itParkResidency).toEqual({
        status: 'resident',
        since: null,
        asOf: { unit: 'year', start: '2024-01-01', end: '2024-12-31' },
      });
      expectCites(resident, `By the end of 2024, 13 companies with Chinese capital had registered as IT Park residents`);
    },
  );

  it('holds SOLUXE CONSULTING once, cited for both lists it appears in', () => {
    expectCites(
      orgByName('SOLUXE CONSULTING'),
      '13 companies with Chinese capital',
      'the number of companies exporting services to China reached 24',
    );
  });

  it.each(['MONTFORT CA', 'FINANCIAL CHAIN CORPORATION'])('records %s as exporting services to China as of Q2 2025', (name) => {
    const exporter = orgByName(name);
    expect(exporter).toMatchObject({ country: 'UZ', kind: 'private-company', itParkResidency: null });
    expect(exporter.notes).toContain('exporting services to China');
    expectCites(exporter, 'As of the second quarter of 2025', name);
  });

  it('records RENRUI CA SERVICES as the local registration of Renrui, resident since June 17, 2025', () => {
    const renrui = orgByName('RENRUI CA SERVICES');
    const june17 = { unit: 'day', start: '2025-06-17', end: '2025-06-17' };
    expect(renrui).toMatchObject({ country: 'UZ', kind: 'private-company', capitalOrigin: ['CN'] });
    expect(renrui.relations.map((r) => [r.kind, orgName(r.organizationId)])).toEqual([
      ['local-registration-of', 'Renrui Human Resources Technology Holdings Limited'],
    ]);
    expect(renrui.itParkResidency).toEqual({ status: 'resident', since: june17, asOf: june17 });
    expectCites(renrui, 'registered in Uzbekistan as RENRUI CA SERVICES', 'on June 17, 2025, received IT Park residency status');
  });
});

describe('coverage of the source', () => {
  const lines = sourceText.split('\n');
  // The headline and the lines that only introduce a list state no fact of their own.
  const connectiveLines = [
    'Technology Integration and Joint Research: Priority Areas of Uzbekistan–China Cooperation',
    'Significant steps in this direction include:',
    'Within these projects:',
  ];
  const citations = [...dataset.organizations, ...dataset.deals, ...dataset.observations, ...dataset.events].flatMap(
    (record) => record.citations,
  );

  it('ignores only lines that are really in the text', () => {
    expect(lines).toEqual(expect.arrayContaining(connectiveLines));
  });

  it('cites every sentence and list item of the source in at least one record', () => {
    // Splitting after "J." or "Co." yields fragments; each is still inside the excerpt of its whole sentence.
    const sentences = lines
      .filter((line) => !connectiveLines.includes(line))
      .flatMap((line) => line.replace(/^- /, '').split(/(?<=[.;])\s+(?=[A-Z“])/));
    const uncited = sentences.filter((sentence) => !citations.some((citation) => citation.excerpt.includes(sentence)));
    expect(uncited).toEqual([]);
  });

  it('locates every excerpt on the line it names', () => {
    const misplaced = citations.filter((citation) => {
      const lineNumber = Number(/^line (\d+)$/.exec(citation.location)?.[1]);
      return !lines[lineNumber - 1]?.includes(citation.excerpt);
    });
    expect(misplaced).toEqual([]);
  });
});
