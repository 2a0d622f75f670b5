import type { Deal } from '../model/deal';
import type { EventRecord } from '../model/event';
import { labelOf } from '../model/labels';
import type { Organization } from '../model/organization';
import type { PartialDate } from '../values/partialDate.schema';

export type TimelineTable = 'deals' | 'events' | 'organizations';

/** One dated record on the time axis. */
export interface TimelineItem {
  /** The record's id: clicking the mark opens it. */
  id: string;
  table: TimelineTable;
  title: string;
  /** "Loan", "Event", "IT Park residency". */
  kind: string;
  date: PartialDate;
  /** First instant covered (ms since 1970, UTC). */
  start: number;
  /** The instant after the last day covered, so a single day is a day wide. */
  end: number;
  /** The source gives the date only to the month, quarter, half or year: the mark spans the whole unit. */
  approximate: boolean;
  organizationIds: string[];
}

export interface TimelineRecords {
  deals: Deal[];
  events: EventRecord[];
  organizations: Organization[];
}

export const eventKindLabel = 'Event';
export const residencyKindLabel = 'IT Park residency';

const dayMs = 86_400_000;
const instantOf = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);

function itemOf(
  record: { id: string },
  table: TimelineTable,
  title: string,
  kind: string,
  date: PartialDate,
  organizationIds: string[],
): TimelineItem {
  return {
    id: record.id,
    table,
    title,
    kind,
    date,
    start: instantOf(date.start),
    end: instantOf(date.end) + dayMs,
    approximate: date.unit !== 'day',
    organizationIds,
  };
}

/**
 * Every dated deal and event, and the IT Park residencies of organizations that no residency deal
 * records already (the residency deal is the richer record of the same fact).
 */
export function timelineItems({ deals, events, organizations }: TimelineRecords): TimelineItem[] {
  const items: TimelineItem[] = [];
  const residencyDealParties = new Set<string>();
  for (const deal of deals) {
    if (deal.kind === 'residency') for (const party of deal.parties) residencyDealParties.add(party.organizationId);
    if (!deal.date) continue;
    const parties = [...new Set(deal.parties.map((party) => party.organizationId))];
    items.push(itemOf(deal, 'deals', deal.title, labelOf(deal.kind), deal.date, parties));
  }
  for (const event of events) {
    if (!event.date) continue;
    const organizationIds = new Set(event.organizerIds);
    for (const participant of event.participants) if (participant.organizationId) organizationIds.add(participant.organizationId);
    items.push(itemOf(event, 'events', event.name, eventKindLabel, event.date, [...organizationIds]));
  }
  for (const organization of organizations) {
    const residency = organization.itParkResidency;
    if (!residency || residency.status === 'applicant' || residencyDealParties.has(organization.id)) continue;
    // Without the day residency was granted, the status report ("resident by 2024") is the one date known.
    const date = residency.since ?? residency.asOf;
    if (!date) continue;
    const title = `IT Park residency of ${organization.name}${residency.since ? '' : ' (status reported)'}`;
    items.push(itemOf(organization, 'organizations', title, residencyKindLabel, date, [organization.id]));
  }
  return items;
}

export type TimelineGrouping = 'kind' | 'party';

/** One row of the chart: lanes that would overlap get more than one row. */
export interface TimelineRow {
  lane: string;
  /** Only the first row of a lane carries its label. */
  firstOfLane: boolean;
}

export interface TimelineMark {
  item: TimelineItem;
  row: number;
}

export interface TimelineLayout {
  rows: TimelineRow[];
  marks: TimelineMark[];
  lanes: number;
  /** Parties beyond the lane limit, drawn together in one "Other parties" lane. */
  hiddenLanes: number;
  /** The first and last instants any mark covers; null with no marks. */
  extent: { start: number; end: number } | null;
}

export interface TimelineLayoutOptions {
  grouping: TimelineGrouping;
  organizationName: (id: string) => string;
  maxLanes?: number;
  maxRowsPerLane?: number;
  /** Room kept after each mark for its label, as a share of the whole time span. */
  labelRoom?: number;
}

export const otherPartiesLabel = 'Other parties';
export const noPartyLabel = 'No party recorded';

function lanesOf(items: TimelineItem[], { grouping, organizationName, maxLanes = 30 }: TimelineLayoutOptions) {
  const lanes = new Map<string, TimelineItem[]>();
  const add = (lane: string, item: TimelineItem) => {
    const list = lanes.get(lane);
    if (list) list.push(item);
    else lanes.set(lane, [item]);
  };
  for (const item of items) {
    if (grouping === 'kind') add(item.kind, item);
    else if (item.organizationIds.length === 0) add(noPartyLabel, item);
    else for (const id of item.organizationIds) add(id, item);
  }
  if (grouping === 'kind') {
    const ordered = [...lanes].sort(([, a], [, b]) => firstStart(a) - firstStart(b));
    return { lanes: ordered, hiddenLanes: 0 };
  }
  const named = [...lanes].map(([key, list]) => [key === noPartyLabel ? key : organizationName(key), list] as const);
  named.sort(([aName, a], [bName, b]) => b.length - a.length || aName.localeCompare(bName));
  if (named.length <= maxLanes) return { lanes: named, hiddenLanes: 0 };
  const hidden = named.slice(maxLanes - 1);
  // A deal of two hidden parties is drawn once in the shared lane.
  const merged = [...new Map(hidden.flatMap(([, list]) => list.map((item) => [item.id, item] as const))).values()];
  return { lanes: [...named.slice(0, maxLanes - 1), [otherPartiesLabel, merged] as const], hiddenLanes: hidden.length };
}

function crowdedRowToReuse(rowEnds: number[], rowMarks: number[]): number {
  let best = 0;
  for (let row = 1; row < rowEnds.length; row++) {
    if (rowEnds[row] < rowEnds[best] || (rowEnds[row] === rowEnds[best] && rowMarks[row] < rowMarks[best])) best = row;
  }
  return best;
}

function firstStart(items: TimelineItem[]): number {
  let first = Infinity;
  for (const item of items) if (item.start < first) first = item.start;
  return first;
}

/**
 * Puts items into lanes (by kind, or by party with a deal in the lane of each of its parties) and
 * spreads a lane over extra rows where marks and their labels would overlap.
 */
export function layoutTimeline(items: TimelineItem[], options: TimelineLayoutOptions): TimelineLayout {
  const { maxRowsPerLane = 4, labelRoom = 0.1 } = options;
  if (items.length === 0) return { rows: [], marks: [], lanes: 0, hiddenLanes: 0, extent: null };
  let extentStart = Infinity;
  let extentEnd = -Infinity;
  for (const item of items) {
    if (item.start < extentStart) extentStart = item.start;
    if (item.end > extentEnd) extentEnd = item.end;
  }
  const room = (extentEnd - extentStart) * labelRoom;
  const { lanes, hiddenLanes } = lanesOf(items, options);
  const rows: TimelineRow[] = [];
  const marks: TimelineMark[] = [];
  for (const [lane, laneItems] of lanes) {
    const firstRow = rows.length;
    const rowEnds: number[] = [];
    const rowMarks: number[] = [];
    for (const item of [...laneItems].sort((a, b) => a.start - b.start || a.end - b.end)) {
      let row = rowEnds.findIndex((end) => end <= item.start);
      if (row === -1 && rowEnds.length < maxRowsPerLane) row = rowEnds.push(-Infinity) - 1;
      // A crowded lane reuses the row that frees up first, then the one with the fewest marks.
      if (row === -1) row = crowdedRowToReuse(rowEnds, rowMarks);
      rowEnds[row] = Math.max(rowEnds[row], item.end, item.start + room);
      rowMarks[row] = (rowMarks[row] ?? 0) + 1;
      marks.push({ item, row: firstRow + row });
    }
    rowEnds.forEach((_, row) => rows.push({ lane, firstOfLane: row === 0 }));
  }
  return { rows, marks, lanes: lanes.length, hiddenLanes, extent: { start: extentStart, end: extentEnd } };
}
