import { useId, useMemo, useState } from 'react';
import { layoutTimeline, timelineItems, type TimelineGrouping } from '@shared/insight/timeline';
import { useRecords } from '../records/liveRecords';
import { useChartColors } from '../../ui/charts/chartTheme';
import { InsightChart } from './InsightChart';
import type { InsightNavigation } from './insightNavigation';
import { describeDate, markColors, timelineOption } from './timelineChart';

/** Beyond this many marks SVG gets slow; canvas draws them at once. */
const canvasFrom = 2000;
/** The table under the chart lists this many records; the record tables list them all. */
const tableLimit = 500;

/** The share of the time axis a mark's label takes at full zoom, kept free after it in its row. */
const labelRoom = 0.22;

const yearOf = (instant: number) => new Date(instant).getUTCFullYear();

/** Every dated record on one zoomable time axis, in lanes by kind or by party. */
export function Timeline({ onOpenRecord }: Pick<InsightNavigation, 'onOpenRecord'>) {
  const { active, byId } = useRecords();
  const colors = useChartColors();
  const groupingId = useId();
  const [grouping, setGrouping] = useState<TimelineGrouping>('kind');
  const { deals, events, organizations } = active;
  const items = useMemo(() => timelineItems({ deals, events, organizations }), [deals, events, organizations]);
  const layout = useMemo(() => {
    const organizationName = (id: string) => {
      const organization = byId.get(id);
      return organization && 'name' in organization ? organization.name : `(unknown organization ${id})`;
    };
    return layoutTimeline(items, { grouping, organizationName, labelRoom });
  }, [items, grouping, byId]);
  const rowHeight = layout.rows.length > 40 ? 18 : 28;
  const option = useMemo(() => timelineOption(layout, colors, rowHeight), [layout, colors, rowHeight]);
  const sorted = useMemo(() => [...items].sort((a, b) => a.start - b.start).slice(0, tableLimit), [items]);
  const fills = markColors(colors);

  const span = layout.extent ? `from ${yearOf(layout.extent.start)} to ${yearOf(layout.extent.end - 1)}` : '';
  const description = items.length
    ? `${items.length.toLocaleString('en-US')} dated records ${span} in ${layout.lanes} lanes by ${grouping}`
    : 'no dated records';
  const hidden = layout.hiddenLanes > 0 ? ` ${layout.hiddenLanes} parties with fewer records share the last lane.` : '';

  return (
    <div className="insight-screen">
      <h2>Timeline</h2>
      <InsightChart
        title="Deals, events and residencies over time"
        description={description}
        option={option}
        colors={colors}
        renderer={layout.marks.length > canvasFrom ? 'canvas' : 'svg'}
        height={Math.max(220, layout.rows.length * rowHeight + 90)}
        tools={
          <div className="insight-tool">
            <label htmlFor={groupingId}>Group by</label>
            <select id={groupingId} value={grouping} onChange={(event) => setGrouping(event.target.value as TimelineGrouping)}>
              <option value="kind">Kind</option>
              <option value="party">Party</option>
            </select>
          </div>
        }
        note={
          <>
            <span className="swatch" style={{ background: fills.deals }} /> Deals{' '}
            <span className="swatch" style={{ background: fills.events }} /> Events{' '}
            <span className="swatch" style={{ background: fills.organizations }} /> IT Park residencies. Solid marks are exact
            days; pale, dashed bars cover a date known only to the month, quarter or year. Scroll or drag the slider to zoom;
            click a mark to open its record.{hidden}
          </>
        }
        table={{
          columns: ['Record', 'Date', 'Kind'],
          rows: sorted.map((item) => ({
            key: `${item.table}-${item.id}`,
            cells: [item.title, describeDate(item.date), item.kind],
            open: () => onOpenRecord(item.table, item.id),
          })),
        }}
        onClick={(click) => {
          const mark =
            click.componentType === 'series' && click.dataIndex !== undefined ? layout.marks[click.dataIndex] : undefined;
          if (mark) onOpenRecord(mark.item.table, mark.item.id);
        }}
      />
      {items.length > tableLimit && (
        <p className="insight-note">
          The table lists the first {tableLimit} of {items.length.toLocaleString('en-US')} records; the Deals and Events tables
          list them all.
        </p>
      )}
    </div>
  );
}
