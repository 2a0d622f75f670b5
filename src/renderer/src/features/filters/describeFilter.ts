import { countryLabel, labelOf } from '@shared/model/labels';
import type { RecordFilter } from './recordFilter';

type Describers = { [K in keyof RecordFilter]-?: (value: NonNullable<RecordFilter[K]>, filter: RecordFilter) => string | null };

const millions = (usd: number) => `USD ${(usd / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 })} million`;

/**
 * One line per filter in force, in the words of the filter bar, for a report's summary. Typed over
 * every filter field, so a new filter cannot be left out of the description.
 */
function describers(nameOf: (id: string) => string): Describers {
  return {
    text: (text) => (text.trim() ? `Text contains “${text.trim()}”` : null),
    kind: (kind) => `Kind: ${labelOf(kind)}`,
    status: (status) => `Status: ${labelOf(status)}`,
    sector: (sector) => `Sector: ${sector}`,
    country: (country) => `Country: ${countryLabel(country)}`,
    partyId: (id) => `Party: ${nameOf(id)}`,
    startYear: (year) => `Starts in ${year}`,
    without: (field) => (field === 'date' ? 'Without a date' : 'Without a sector'),
    yearFrom: (from, { yearTo }) => (yearTo === undefined ? `Years from ${from}` : `Years ${from}–${yearTo}`),
    yearTo: (to, { yearFrom }) => (yearFrom === undefined ? `Years up to ${to}` : null),
    amountMin: (min, { amountMax }) =>
      amountMax === undefined ? `Value at least ${millions(min)}` : `Value ${millions(min)} to ${millions(amountMax)}`,
    amountMax: (max, { amountMin }) => (amountMin === undefined ? `Value at most ${millions(max)}` : null),
    tag: (tag) => `Tag: ${tag}`,
    author: (author) => `Annotation author: ${author}`,
    annotated: (annotated) => (annotated === 'yes' ? 'With annotations' : 'Without annotations'),
    showDeleted: (showDeleted) => (showDeleted ? 'Deleted records included' : null),
  };
}

export function describeFilter(filter: RecordFilter, nameOf: (id: string) => string): string[] {
  const all = describers(nameOf);
  return (Object.keys(all) as (keyof RecordFilter)[]).flatMap((key) => {
    const value = filter[key];
    if (value === undefined || value === null) return [];
    const line = (all[key] as (value: unknown, filter: RecordFilter) => string | null)(value, filter);
    return line ? [line] : [];
  });
}
