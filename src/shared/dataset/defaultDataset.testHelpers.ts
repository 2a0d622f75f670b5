/** Look-ups shared by the default-dataset tests. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import datasetJson from '../../../resources/default-dataset.json';
import { datasetSchema } from '../model/dataset';
import type { Citation } from '../model/record';
import type { MoneyQualifier } from '../values/money.schema';

export const dataset = datasetSchema.parse(datasetJson);
export const sourceText = readFileSync(
  new URL('../../../resources/sources/uzbekistan-china-tech-cooperation.txt', import.meta.url),
  'utf8',
);

export function only<T>(found: T[], what: string): T {
  expect(found, what).toHaveLength(1);
  return found[0];
}
export const orgByName = (name: string) =>
  only(
    dataset.organizations.filter((o) => o.name === name),
    `organization “${name}”`,
  );
export const orgName = (id: string) =>
  only(
    dataset.organizations.filter((o) => o.id === id),
    `organization ${id}`,
  ).name;
export const dealByTitle = (title: string) =>
  only(
    dataset.deals.filter((d) => d.title === title),
    `deal “${title}”`,
  );
export const indicatorByName = (name: string) =>
  only(
    dataset.indicators.filter((i) => i.name === name),
    `indicator “${name}”`,
  );
export const eventByName = (name: string) =>
  only(
    dataset.events.filter((e) => e.name === name),
    `event “${name}”`,
  );
export const partiesOf = (deal: { parties: { organizationId: string; role: string }[] }) =>
  deal.parties.map((party) => [orgName(party.organizationId), party.role]);

export function observationOf(indicatorName: string, start: string, end: string) {
  const indicator = indicatorByName(indicatorName);
  const found = dataset.observations.filter(
    (o) => o.indicatorId === indicator.id && o.period.start === start && o.period.end === end,
  );
  return only(found, `observation of “${indicatorName}” for ${start}..${end}`);
}

/** Each phrase must appear in one of the record's excerpts: the fact is where the record says it is. */
export function expectCites(record: { citations: Citation[] }, ...phrases: string[]) {
  const excerpts = record.citations.map((citation) => citation.excerpt);
  for (const phrase of phrases) expect(excerpts).toEqual(expect.arrayContaining([expect.stringContaining(phrase)]));
}

export const usd = (amount: number, qualifier: MoneyQualifier) => ({
  amount,
  currency: 'USD',
  qualifier,
  usd: { amount, rate: 1, rateDate: null, rateSource: null },
});
