import { lazy, Suspense, useState } from 'react';
import type { AnyRecord, RecordTable } from '@shared/model/tables';
import { formatPartialDate } from '@shared/values/partialDate';
import { formatObservationValue } from '../indicators/observationFormat';
import { observationsByIndicator } from '../indicators/indicatorColumns';
import { LazyRecordFormDialog } from '../forms/LazyRecordFormDialog';
import type { FormMode } from '../forms/RecordFormDialog';
import { useRecords } from '../records/liveRecords';

// ECharts loads with the first indicator opened, not with the window.
const ObservationChart = lazy(async () => ({
  default: (await import('../indicators/ObservationChart')).ObservationChart,
}));

/** Records linked to this one that its own fields do not show: an organization's deals, an indicator's series. */
export function LinkedRecords({ table, record }: { table: RecordTable; record: AnyRecord }) {
  const index = useRecords();
  const [formMode, setFormMode] = useState<FormMode | null>(null);
  if (table === 'organizations') {
    const deals = index.active.deals.filter((deal) => deal.parties.some((party) => party.organizationId === record.id));
    return (
      <section aria-label="Deals">
        <h3>Deals</h3>
        {deals.length === 0 && <p className="muted">No deals name this organization.</p>}
        <ul className="linked-list">
          {deals.map((deal) => (
            <li key={deal.id}>
              {deal.title}
              {deal.date && <span className="muted"> · {formatPartialDate(deal.date)}</span>}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (table === 'indicators' && 'unit' in record) {
    const observations = observationsByIndicator(index).get(record.id) ?? [];
    return (
      <section aria-label="Observations">
        <h3>Observations</h3>
        <button type="button" onClick={() => setFormMode({ kind: 'create', table: 'observations', indicatorId: record.id })}>
          Add observation
        </button>
        {observations.length > 0 && (
          <Suspense
            fallback={
              <div className="observation-chart" role="img" aria-busy="true" aria-label={`Chart of ${record.name}, loading`} />
            }
          >
            <ObservationChart title={record.name} unit={record.unit} observations={observations} />
          </Suspense>
        )}
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Basis</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {observations.map((observation) => (
              <tr key={observation.id}>
                <td>{formatPartialDate(observation.period)}</td>
                <td>{formatObservationValue(observation, record.unit)}</td>
                <td>{observation.basis === 'period' ? 'for the period' : 'cumulative'}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Edit observation for ${formatPartialDate(observation.period)}`}
                    onClick={() => setFormMode({ kind: 'edit', table: 'observations', id: observation.id })}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {formMode && (
          <Suspense fallback={null}>
            <LazyRecordFormDialog mode={formMode} onClose={() => setFormMode(null)} />
          </Suspense>
        )}
      </section>
    );
  }
  return null;
}
