import type { ColumnDef } from '@tanstack/react-table';
import type { Indicator, Observation } from '@shared/model/indicator';
import { labelOf } from '@shared/model/labels';
import { comparePartialDates, formatPartialDate } from '@shared/values/partialDate';
import type { TableIndex } from '../records/liveRecords';
import { formatObservationValue } from './observationFormat';
import { isoDaySorting } from '../../ui/columnMeta';
import { annotationsColumn } from '../annotations/annotationsColumn';

export function observationsByIndicator(index: TableIndex): Map<string, Observation[]> {
  const grouped = new Map<string, Observation[]>();
  for (const observation of index.active.observations) {
    const list = grouped.get(observation.indicatorId) ?? [];
    list.push(observation);
    grouped.set(observation.indicatorId, list);
  }
  for (const list of grouped.values()) list.sort((a, b) => comparePartialDates(a.period, b.period));
  return grouped;
}

export function indicatorColumns(index: TableIndex, annotationCounts: Map<string, number>): ColumnDef<Indicator, unknown>[] {
  const grouped = observationsByIndicator(index);
  const latest = (indicator: Indicator) => grouped.get(indicator.id)?.at(-1);
  return [
    { id: 'name', header: 'Indicator', accessorKey: 'name', size: 360 },
    { id: 'unit', header: 'Unit', accessorKey: 'unit', size: 100 },
    {
      id: 'observations',
      header: 'Observations',
      accessorFn: (indicator) => grouped.get(indicator.id)?.length ?? 0,
      meta: { exportAs: 'count' },
      size: 110,
    },
    {
      id: 'latest',
      header: 'Latest value',
      accessorFn: (indicator) => latest(indicator)?.value,
      sortUndefined: 'last',
      meta: {
        text: (indicator) => {
          const observation = latest(indicator);
          return observation ? formatObservationValue(observation, indicator.unit) : '';
        },
        exportQualifier: (indicator) => {
          const observation = latest(indicator);
          return observation ? labelOf(observation.qualifier) : '';
        },
      },
      size: 150,
    },
    {
      id: 'period',
      header: 'Latest period',
      accessorFn: (indicator) => latest(indicator)?.period.start,
      ...isoDaySorting,
      meta: {
        exportAs: 'partial-date',
        text: (indicator) => {
          const observation = latest(indicator);
          return observation ? formatPartialDate(observation.period) : '';
        },
      },
      size: 130,
    },
    annotationsColumn(index, annotationCounts),
  ];
}
