import { describe, expect, it } from 'vitest';
import { deal, event, organization } from '../search/searchFixtures.testHelpers';
import type { PartialDate } from '../values/partialDate.schema';
import { layoutTimeline, noPartyLabel, otherPartiesLabel, timelineItems, type TimelineItem } from './timeline';

const day = (iso: string): PartialDate => ({ unit: 'day', start: iso, end: iso });
const month = (start: string, end: string): PartialDate => ({ unit: 'month', start, end });
const years = (first: number, last: number): PartialDate => ({ unit: 'year', start: `${first}-01-01`, end: `${last}-12-31` });
const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

const uzbektelecom = organization({ name: 'Uzbektelecom', country: 'UZ' });
const tencent = organization({ name: 'Tencent', country: 'CN' });
const renrui = organization({
  name: 'RENRUI CA SERVICES',
  itParkResidency: { status: 'resident', since: day('2025-06-17'), asOf: day('2025-06-17') },
});
const zte = organization({ name: 'ZTE China', itParkResidency: { status: 'resident', since: null, asOf: years(2024, 2024) } });
const applicant = organization({
  name: 'Applicant',
  itParkResidency: { status: 'applicant', since: null, asOf: years(2024, 2024) },
});

const tencentDeal = deal({
  title: 'Uzbektelecom–Tencent agreements',
  kind: 'commercial-contract',
  date: month('2023-06-01', '2023-07-31'),
  parties: [
    { organizationId: uzbektelecom.id, role: 'signatory' },
    { organizationId: tencent.id, role: 'signatory' },
  ],
});
const programme = deal({
  title: 'Infrastructure programme',
  kind: 'investment-programme',
  date: years(2016, 2025),
  parties: [{ organizationId: uzbektelecom.id, role: 'beneficiary' }],
});
const residencyDeal = deal({
  title: 'IT Park residency of RENRUI CA SERVICES',
  kind: 'residency',
  date: day('2025-06-17'),
  parties: [{ organizationId: renrui.id, role: 'beneficiary' }],
});
const undated = deal({ title: 'Joint venture declaration', kind: 'joint-venture' });
const summit = event({
  name: 'Cloud summit',
  date: { unit: 'day', start: '2025-03-23', end: '2025-03-26' },
  organizerIds: [tencent.id],
  participants: [{ organizationId: uzbektelecom.id, personName: null, role: 'speaker', contribution: '' }],
});

const items = timelineItems({
  deals: [tencentDeal, programme, residencyDeal, undated],
  events: [summit],
  organizations: [uzbektelecom, tencent, renrui, zte, applicant],
});
const byTitle = (title: string) => items.find((item) => item.title === title)!;

describe('timeline items', () => {
  it('takes every dated deal and event, and leaves undated ones out', () => {
    expect(items.map((item) => item.title)).toEqual([
      'Uzbektelecom–Tencent agreements',
      'Infrastructure programme',
      'IT Park residency of RENRUI CA SERVICES',
      'Cloud summit',
      'IT Park residency of ZTE China (status reported)',
    ]);
  });

  it('draws a month-precise date over the whole months and marks it approximate', () => {
    const item = byTitle('Uzbektelecom–Tencent agreements');
    expect(item.start).toBe(utc('2023-06-01'));
    expect(item.end).toBe(utc('2023-08-01'));
    expect(item.approximate).toBe(true);
    expect(item.kind).toBe('Commercial contract');
  });

  it('draws a single day a day wide and a range of days over its days, both exact', () => {
    const residency = byTitle('IT Park residency of RENRUI CA SERVICES');
    expect(residency.end - residency.start).toBe(86_400_000);
    expect(residency.approximate).toBe(false);
    const event = byTitle('Cloud summit');
    expect(event.end - event.start).toBe(4 * 86_400_000);
    expect(event.table).toBe('events');
    expect(event.organizationIds.sort()).toEqual([tencent.id, uzbektelecom.id].sort());
  });

  it('adds residencies no residency deal records, dated by the status report when the start is unknown', () => {
    const residency = byTitle('IT Park residency of ZTE China (status reported)');
    expect(residency.table).toBe('organizations');
    expect(residency.date).toEqual(years(2024, 2024));
    expect(items.filter((item) => item.organizationIds.includes(renrui.id))).toHaveLength(1);
  });
});

const names = new Map([uzbektelecom, tencent, renrui, zte].map((organization) => [organization.id, organization.name]));
const organizationName = (id: string) => names.get(id) ?? id;
const laneOf = (layout: ReturnType<typeof layoutTimeline>, title: string) =>
  layout.marks.filter((mark) => mark.item.title === title).map((mark) => mark.row);
const laneLabels = (layout: ReturnType<typeof layoutTimeline>) =>
  layout.rows.filter((row) => row.firstOfLane).map((row) => row.lane);

describe('timeline layout', () => {
  it('groups by kind, oldest lane first, one row per lane when nothing overlaps', () => {
    const layout = layoutTimeline(items, { grouping: 'kind', organizationName, labelRoom: 0 });
    expect(laneLabels(layout)).toEqual([
      'Investment programme',
      'Commercial contract',
      'IT Park residency',
      'Event',
      'Residency',
    ]);
    expect(layout.rows).toHaveLength(5);
    expect(layout.extent).toEqual({ start: utc('2016-01-01'), end: utc('2026-01-01') });
  });

  it('groups by party, drawing a deal in the lane of each of its parties', () => {
    const layout = layoutTimeline(items, { grouping: 'party', organizationName, labelRoom: 0 });
    expect(laneLabels(layout)[0]).toBe('Uzbektelecom');
    expect(laneOf(layout, 'Uzbektelecom–Tencent agreements')).toHaveLength(2);
    expect(laneOf(layout, 'Cloud summit')).toHaveLength(2);
  });

  it('gives overlapping marks their own rows, up to a limit per lane', () => {
    const overlapping: TimelineItem[] = Array.from({ length: 5 }, (_, n) => ({
      ...byTitle('Infrastructure programme'),
      id: `programme-${n}`,
    }));
    const layout = layoutTimeline(overlapping, { grouping: 'kind', organizationName, maxRowsPerLane: 3 });
    expect(layout.rows).toEqual([
      { lane: 'Investment programme', firstOfLane: true },
      { lane: 'Investment programme', firstOfLane: false },
      { lane: 'Investment programme', firstOfLane: false },
    ]);
    expect(layout.marks.map((mark) => mark.row)).toEqual([0, 1, 2, 0, 1]);
  });

  it('keeps room for a label after a mark, so a mark just after another goes to a new row', () => {
    const first = { ...byTitle('Cloud summit'), id: 'a' };
    const next = { ...first, id: 'b', start: first.end, end: first.end + 86_400_000 };
    const spread = { ...first, id: 'c', start: first.start + 1000 * 86_400_000, end: first.start + 1001 * 86_400_000 };
    expect(layoutTimeline([first, next, spread], { grouping: 'kind', organizationName, labelRoom: 0 }).rows).toHaveLength(1);
    expect(layoutTimeline([first, next, spread], { grouping: 'kind', organizationName, labelRoom: 0.1 }).rows).toHaveLength(2);
  });

  it('puts parties beyond the lane limit into one shared lane, drawing each item there once', () => {
    const layout = layoutTimeline(items, { grouping: 'party', organizationName, maxLanes: 2 });
    expect(laneLabels(layout)).toEqual(['Uzbektelecom', otherPartiesLabel]);
    expect(layout.hiddenLanes).toBe(3);
    const otherRows = new Set(layout.rows.flatMap((row, index) => (row.lane === otherPartiesLabel ? [index] : [])));
    const inOther = layout.marks.filter((mark) => otherRows.has(mark.row)).map((mark) => mark.item.id);
    expect(new Set(inOther).size).toBe(inOther.length);
  });

  it('gives records with no party a lane of their own', () => {
    const lonely = { ...byTitle('Cloud summit'), organizationIds: [] };
    expect(laneLabels(layoutTimeline([lonely], { grouping: 'party', organizationName }))).toEqual([noPartyLabel]);
    expect(layoutTimeline([], { grouping: 'party', organizationName }).extent).toBeNull();
  });
});
