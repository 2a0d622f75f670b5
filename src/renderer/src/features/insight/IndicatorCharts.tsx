import { useMemo } from 'react';
import { formatChange } from '@shared/insight/insightFormat';
import type { IndicatorLatest } from '@shared/report/indicatorChanges';
import { formatPartialDate } from '@shared/values/partialDate';
import { formatObservationValue } from '../indicators/observationFormat';
import type { ChartColors } from '../../ui/charts/chartTheme';
import { indicatorOption } from './dashboardCharts';
import { InsightChart } from './InsightChart';
import type { InsightNavigation } from './insightNavigation';

function IndicatorChart({ latest, colors, onOpen }: { latest: IndicatorLatest; colors: ChartColors; onOpen: () => void }) {
  const { indicator, series, change, changeRatio, previous } = latest;
  const option = useMemo(() => indicatorOption(series, indicator.unit, colors), [series, indicator.unit, colors]);
  const points = series.map(
    (observation) => `${formatPartialDate(observation.period)} ${formatObservationValue(observation, indicator.unit)}`,
  );
  const changeNote =
    change !== null && previous
      ? `Latest ${formatChange(change, changeRatio, indicator.unit)} on ${formatPartialDate(previous.period)}.`
      : 'No earlier observation to compare with.';
  return (
    <InsightChart
      title={indicator.name}
      description={points.length ? points.join('; ') : 'no observations yet'}
      option={option}
      colors={colors}
      height={200}
      note={changeNote}
      table={{
        columns: ['Period', 'Value', 'Counts'],
        rows: series.map((observation) => ({
          key: observation.id,
          cells: [
            formatPartialDate(observation.period),
            formatObservationValue(observation, indicator.unit),
            observation.basis === 'cumulative' ? 'Running total at the end of the period' : 'Within the period',
          ],
          open: onOpen,
        })),
      }}
      onClick={onOpen}
    />
  );
}

/** Each indicator's series; a click opens the indicator with its observations. */
export function IndicatorCharts({
  indicators,
  colors,
  onOpenRecord,
}: {
  indicators: IndicatorLatest[];
  colors: ChartColors;
  onOpenRecord: InsightNavigation['onOpenRecord'];
}) {
  if (indicators.length === 0) return null;
  return (
    <section className="insight-indicators" aria-label="Indicators">
      <h3 className="insight-section-title">Indicators</h3>
      <div className="insight-grid small">
        {indicators.map((latest) => (
          <IndicatorChart
            key={latest.indicator.id}
            latest={latest}
            colors={colors}
            onOpen={() => onOpenRecord('indicators', latest.indicator.id)}
          />
        ))}
      </div>
    </section>
  );
}
