import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useNotices } from '../../ui/Notices';
import type { ChartColors } from '../../ui/charts/chartTheme';
import { chartAsPng, copyPngToClipboard } from './copyChartImage';
import { echarts, type EChartsCoreOption } from './insightEcharts';

/** What an analyst clicked in a chart: the data item of a series, or a label of a category axis. */
export interface ChartClick {
  componentType: string;
  dataIndex?: number;
  /** In a graph: 'node' or 'edge'. */
  dataType?: string;
  /** The text of a clicked axis label. */
  value?: unknown;
}

/** The chart's figures as rows of a table; a row with `open` leads to the same place as its chart element. */
export interface ChartTable {
  columns: string[];
  rows: Array<{ key: string; cells: ReactNode[]; open?: () => void }>;
}

interface InsightChartProps {
  title: string;
  /** The chart in words for screen readers: what it shows and its largest figures. */
  description: string;
  option: EChartsCoreOption;
  colors: ChartColors;
  height: number;
  table: ChartTable;
  onClick?: (click: ChartClick) => void;
  /** Canvas for charts with thousands of marks, where SVG would be slow; SVG otherwise. */
  renderer?: 'svg' | 'canvas';
  /** A line under the title: what is counted, what is left out. */
  note?: ReactNode;
  /** Controls beside the title, such as a grouping choice. */
  tools?: ReactNode;
}

/** One chart with its title, a Copy as PNG action and its figures as a table for those who cannot see it. */
export function InsightChart(props: InsightChartProps) {
  const { title, description, option, colors, height, table, onClick, renderer = 'svg', note, tools } = props;
  const { notify } = useNotices();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init>>(undefined);
  const clickHandler = useRef(onClick);
  const titleId = useId();
  // A timeline's table can have thousands of rows: build it only when the analyst opens it.
  const [tableOpen, setTableOpen] = useState(false);
  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = container.current!;
    const instance = echarts.init(element, undefined, { renderer });
    chart.current = instance;
    instance.on('click', (params) => clickHandler.current?.(params as ChartClick));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, [renderer]);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option, renderer]);

  async function copyAsPng() {
    if (!chart.current) return;
    try {
      await copyPngToClipboard(await chartAsPng(chart.current, title, colors));
      notify('success', `Copied “${title}” as a picture.`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notify(
        'error',
        `Could not copy “${title}” as a picture: ${reason}. Open “Show data as table” to select and copy the figures instead.`,
      );
    }
  }

  return (
    <section className="insight-chart" aria-labelledby={titleId}>
      <header className="insight-chart-header">
        <h3 id={titleId}>{title}</h3>
        {tools}
        <button type="button" className="insight-copy" onClick={() => void copyAsPng()}>
          Copy as PNG
        </button>
      </header>
      {note && <p className="insight-note">{note}</p>}
      <div ref={container} className="insight-canvas" style={{ height }} role="img" aria-label={`${title}: ${description}`} />
      <details className="insight-data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>Show data as table</summary>
        {tableOpen && (
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(({ key, cells, open }) => (
                <tr key={key}>
                  {cells.map((cell, position) =>
                    position === 0 ? (
                      <th key={position} scope="row">
                        {open ? (
                          <button type="button" className="link-button" onClick={open}>
                            {cell}
                          </button>
                        ) : (
                          cell
                        )}
                      </th>
                    ) : (
                      <td key={position}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}
