import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../model/dataset';
import type { PartialDate } from '../values/partialDate.schema';
import { describeMisalignment, findDatasetProblems } from './datasetIntegrity';

const ids = {
  source: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e01',
  ministry: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e02',
  operator: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e03',
  deal: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e04',
  indicator: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e05',
  observation: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e06',
  event: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e07',
  annotation: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5e08',
  missing: '6f1d2c3b-0a4e-4f5d-8c7b-1a2b3c4d5eff',
};
const stamp = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
});
const content = 'The ministry signed the “Test” agreement on May 25, 2005. Exports reached USD 1 million in 2024.';
const citation = (excerpt: string) => ({ sourceId: ids.source, excerpt, location: 'line 1' });
const day = (date: string): PartialDate => ({ unit: 'day', start: date, end: date });

/** A small dataset with one record of each kind, all references intact. */
function validDataset(): Dataset {
  const organization = {
    country: 'UZ',
    aliases: [],
    capitalOrigin: [],
    relations: [],
    itParkResidency: null,
    notes: '',
    externalIds: [],
  };
  return datasetSchema.parse({
    formatVersion: 1,
    datasetVersion: 'test.1',
    title: 'Integrity fixture',
    sources: [
      {
        ...stamp(ids.source),
        title: 'Fixture text',
        kind: 'document',
        publisher: '',
        date: null,
        language: 'en',
        reference: '',
        content,
        notes: '',
      },
    ],
    organizations: [
      {
        ...stamp(ids.ministry),
        ...organization,
        name: 'Ministry',
        kind: 'ministry',
        citations: [citation('The ministry signed')],
      },
      {
        ...stamp(ids.operator),
        ...organization,
        name: 'Operator',
        kind: 'operator',
        relations: [{ kind: 'part-of', organizationId: ids.ministry }],
        itParkResidency: { status: 'resident', since: day('2025-06-17'), asOf: null },
        citations: [],
      },
    ],
    deals: [
      {
        ...stamp(ids.deal),
        title: 'Test agreement',
        kind: 'ministerial-agreement',
        status: 'signed',
        date: day('2005-05-25'),
        place: '',
        description: '',
        parties: [{ organizationId: ids.ministry, role: 'signatory' }],
        sectors: [],
        money: null,
        outputs: [],
        citations: [citation('The ministry signed the “Test” agreement on May 25, 2005.')],
        externalIds: [],
      },
    ],
    indicators: [{ ...stamp(ids.indicator), name: 'Exports', unit: 'USD', description: '', country: 'UZ' }],
    observations: [
      {
        ...stamp(ids.observation),
        indicatorId: ids.indicator,
        period: { unit: 'year', start: '2024-01-01', end: '2024-12-31' },
        value: 1_000_000,
        qualifier: 'exact',
        basis: 'period',
        organizationIds: [ids.operator],
        notes: '',
        citations: [citation('Exports reached USD 1 million in 2024.')],
      },
    ],
    events: [
      {
        ...stamp(ids.event),
        name: 'Summit',
        date: { unit: 'day', start: '2025-03-23', end: '2025-03-26' },
        place: '',
        organizerIds: [ids.ministry],
        participants: [{ organizationId: ids.operator, personName: 'A. Person', role: 'speaker', contribution: '' }],
        dealIds: [ids.deal],
        description: '',
        citations: [],
      },
    ],
    annotations: [
      {
        ...stamp(ids.annotation),
        targetTable: 'deals',
        targetId: ids.deal,
        note: 'Check the date.',
        tags: [],
        confidence: null,
        author: 'test',
        pinned: false,
      },
    ],
  });
}

/** The problems found after `breakIt` changes a fresh valid dataset. */
function problemsAfter(breakIt: (dataset: Dataset) => void): string[] {
  const dataset = validDataset();
  breakIt(dataset);
  return findDatasetProblems(dataset);
}

describe('findDatasetProblems', () => {
  it('finds nothing wrong in a consistent dataset', () => {
    expect(findDatasetProblems(validDataset())).toEqual([]);
  });

  it('reports an id used twice, even across tables, naming both records', () => {
    // Nothing points at the annotation, so the only problem is the collision itself.
    const problems = problemsAfter((dataset) => (dataset.annotations[0].id = ids.ministry));
    expect(problems).toEqual([
      `annotations “note on deals ${ids.deal}” (id ${ids.ministry}): field id repeats the id of organizations “Ministry” (id ${ids.ministry}); every record needs its own id.`,
    ]);
  });

  it.each([
    [
      'a deal party',
      (d: Dataset) => (d.deals[0].parties[0].organizationId = ids.missing),
      'deals “Test agreement”',
      'parties.0.organizationId',
    ],
    [
      'an organization relation',
      (d: Dataset) => (d.organizations[1].relations[0].organizationId = ids.missing),
      'organizations “Operator”',
      'relations.0.organizationId',
    ],
    [
      'an observation’s named organizations',
      (d: Dataset) => (d.observations[0].organizationIds = [ids.missing]),
      'observations “Exports, 2024-01-01..2024-12-31”',
      'organizationIds.0',
    ],
    ['an event organizer', (d: Dataset) => (d.events[0].organizerIds = [ids.missing]), 'events “Summit”', 'organizerIds.0'],
    [
      'an event participant',
      (d: Dataset) => (d.events[0].participants[0].organizationId = ids.missing),
      'events “Summit”',
      'participants.0.organizationId',
    ],
    ['an event’s deals', (d: Dataset) => (d.events[0].dealIds = [ids.missing]), 'events “Summit”', 'dealIds.0'],
    [
      'a citation’s source',
      (d: Dataset) => (d.deals[0].citations[0].sourceId = ids.missing),
      'deals “Test agreement”',
      'citations.0.sourceId',
    ],
  ])('reports a dangling reference from %s', (_what, breakIt, record, field) => {
    const problems = problemsAfter(breakIt);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(record);
    expect(problems[0]).toContain(`field ${field} refers to id ${ids.missing}`);
  });

  it('reports a reference to a record of the wrong table', () => {
    const problems = problemsAfter((dataset) => (dataset.observations[0].indicatorId = ids.operator));
    expect(problems).toEqual([
      `observations “unknown indicator, 2024-01-01..2024-12-31” (id ${ids.observation}): field indicatorId refers to id ${ids.operator}, which is not an indicator in this dataset.`,
    ]);
  });

  it('reports an annotation whose target is not in its target table', () => {
    const problems = problemsAfter((dataset) => (dataset.annotations[0].targetTable = 'events'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^annotations “note on events .+”.*field targetId refers to id .+, which is not an event/);
  });

  it('reports an excerpt that is not word for word in its source', () => {
    // Straight quotes where the source has curly ones: a classic copy-paste drift.
    const problems = problemsAfter((dataset) => (dataset.deals[0].citations[0].excerpt = 'signed the "Test" agreement'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^deals “Test agreement” .*field citations\[0\]\.excerpt “signed the "Test" agreement” is not found/,
    );
    expect(problems[0]).toContain('sources “Fixture text”');
  });

  it('does not check excerpts against a source held by reference only', () => {
    const problems = problemsAfter((dataset) => {
      dataset.sources[0].content = '';
      dataset.deals[0].citations[0].excerpt = 'anything';
    });
    expect(problems).toEqual([]);
  });

  it.each([
    [
      'a deal date',
      (d: Dataset) => (d.deals[0].date = { unit: 'month', start: '2023-06-02', end: '2023-07-31' }),
      'deals “Test agreement”',
      'date',
    ],
    [
      'an observation period',
      (d: Dataset) => (d.observations[0].period = { unit: 'quarter', start: '2025-04-01', end: '2025-05-31' }),
      'observations “Exports',
      'period',
    ],
    [
      'an event date',
      (d: Dataset) => (d.events[0].date = { unit: 'year', start: '2025-01-01', end: '2025-12-30' }),
      'events “Summit”',
      'date',
    ],
    [
      'an IT Park residency date',
      (d: Dataset) => (d.organizations[1].itParkResidency!.since = { unit: 'half', start: '2025-04-01', end: '2025-09-30' }),
      'organizations “Operator”',
      'itParkResidency.since',
    ],
    [
      'a source date',
      (d: Dataset) => (d.sources[0].date = { unit: 'day', start: '2025-02-29', end: '2025-02-29' }),
      'sources “Fixture text”',
      'date',
    ],
  ])('reports a misaligned %s', (_what, breakIt, record, field) => {
    const problems = problemsAfter(breakIt);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(record);
    expect(problems[0]).toContain(`field ${field} `);
  });
});

describe('describeMisalignment', () => {
  it.each<PartialDate>([
    { unit: 'day', start: '1999-11-08', end: '1999-11-08' },
    { unit: 'day', start: '2025-03-23', end: '2025-03-26' },
    { unit: 'month', start: '2023-06-01', end: '2023-06-30' },
    { unit: 'month', start: '2023-06-01', end: '2023-07-31' },
    { unit: 'month', start: '2024-02-01', end: '2024-02-29' },
    { unit: 'quarter', start: '2025-04-01', end: '2025-06-30' },
    { unit: 'quarter', start: '2025-01-01', end: '2025-06-30' },
    { unit: 'half', start: '2025-01-01', end: '2025-06-30' },
    { unit: 'year', start: '2016-01-01', end: '2025-12-31' },
  ])('accepts $unit $start..$end', (date) => {
    expect(describeMisalignment(date)).toBeNull();
  });

  it.each<[PartialDate, string]>([
    [
      { unit: 'month', start: '2023-06-02', end: '2023-06-30' },
      'starts on 2023-06-02, not on the first day of a month (expected 2023-06-01)',
    ],
    [{ unit: 'month', start: '2023-02-01', end: '2023-02-29' }, 'ends on 2023-02-29, which is not a calendar day'],
    [
      { unit: 'quarter', start: '2025-02-01', end: '2025-06-30' },
      'starts on 2025-02-01, not on the first day of a quarter (expected 2025-01-01)',
    ],
    [
      { unit: 'quarter', start: '2025-04-01', end: '2025-05-31' },
      'ends on 2025-05-31, not on the last day of a quarter (expected 2025-06-30)',
    ],
    [
      { unit: 'half', start: '2025-07-01', end: '2025-09-30' },
      'ends on 2025-09-30, not on the last day of a half-year (expected 2025-12-31)',
    ],
    [
      { unit: 'year', start: '2016-01-01', end: '2025-06-30' },
      'ends on 2025-06-30, not on the last day of a year (expected 2025-12-31)',
    ],
    [{ unit: 'day', start: '2025-03-26', end: '2025-03-23' }, 'starts on 2025-03-26, after its end 2025-03-23'],
  ])('rejects %o', (date, expected) => {
    expect(describeMisalignment(date)).toBe(expected);
  });
});
