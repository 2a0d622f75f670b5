import type { Indicator, Observation } from '../model/indicator';
import { roundDecimalNoise } from '../values/number';
import { comparePartialDates } from '../values/partialDate';

/** An indicator's latest observation and how it moved since the one before. */
export interface IndicatorLatest {
  indicator: Indicator;
  /** Every observation of the indicator, oldest period first. */
  series: Observation[];
  latest: Observation | null;
  previous: Observation | null;
  /** Latest minus previous, in the indicator's unit; null without a previous observation. */
  change: number | null;
  /** The change as a fraction of the previous value (0.388 is +38.8%); null when the previous value is 0 or missing. */
  changeRatio: number | null;
}

/** The latest observation of every indicator: the one whose period starts last (then ends last). */
export function latestIndicatorValues(indicators: Indicator[], observations: Observation[]): IndicatorLatest[] {
  const byIndicator = new Map<string, Observation[]>();
  for (const observation of observations) {
    const list = byIndicator.get(observation.indicatorId) ?? [];
    list.push(observation);
    byIndicator.set(observation.indicatorId, list);
  }
  return indicators.map((indicator) => {
    const series = (byIndicator.get(indicator.id) ?? []).sort((a, b) => comparePartialDates(a.period, b.period));
    const latest = series.at(-1) ?? null;
    const previous = series.at(-2) ?? null;
    const change = latest && previous ? roundDecimalNoise(latest.value - previous.value) : null;
    const changeRatio = change !== null && previous && previous.value !== 0 ? change / previous.value : null;
    return { indicator, series, latest, previous, change, changeRatio };
  });
}
