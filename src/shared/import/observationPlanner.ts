import type { Observation } from '../model/indicator';
import type { NewRecord } from './importPlanTypes';
import { dateValue, numberValue, textValue, withoutStamps, type KindPlanner } from './kindPlanner';
import { addProblem, type PlanContext, type RowFields } from './planContext';
import { indicatorKey, observationNaturalKey } from './storeIndex';

export const observationPlanner: KindPlanner<'observations'> = {
  table: 'observations',
  requiredFields: ['indicator', 'period', 'value'],
  sourceFields: {
    indicatorId: ['indicator'],
    period: ['period'],
    value: ['value'],
    basis: ['basis'],
    notes: ['notes'],
  },
  sameness: () => 'the same indicator, period and basis',
  naturalKeyOf: (observation) => observationNaturalKey(observation.indicatorId, observation.period, observation.basis),
  buildRecord(fields, context) {
    const needs: string[] = [];
    const indicatorId = resolveIndicator(fields, context, needs);
    const period = dateValue(fields, 'period');
    const basis = (textValue(fields, 'basis') as Observation['basis'] | null) ?? 'period';
    const matchKey = observationNaturalKey(indicatorId, period, basis);
    const existing = matchKey ? (context.store.byNaturalKey.get(matchKey) as Observation | undefined) : undefined;
    const record: NewRecord<'observations'> = existing
      ? withoutStamps<'observations'>(existing)
      : {
          id: context.input.newId(),
          indicatorId,
          period: period ?? { unit: 'year', start: '', end: '' },
          value: Number.NaN,
          qualifier: 'exact',
          basis,
          organizationIds: [],
          notes: '',
          citations: [],
        };
    record.value = numberValue(fields, 'value') ?? record.value;
    record.notes = textValue(fields, 'notes') ?? record.notes;
    return { record, existing, matchKey, needs };
  },
};

/**
 * The indicator a row's figure belongs to, by name; one the store lacks is created once for the
 * file, and needs a unit. A unit that contradicts the indicator's is a problem: 12 "%" is not 12 "USD".
 */
function resolveIndicator(fields: RowFields, context: PlanContext, needs: string[]): string {
  const name = textValue(fields, 'indicator');
  if (name === null) return '';
  const unit = textValue(fields, 'unit');
  const key = indicatorKey(name);
  const stored = context.store.indicatorsByKey.get(key);
  const created = context.fileRecords.indicators.get(key);
  const known = stored ?? created;
  if (known) {
    if (unit !== null && unit.toLowerCase() !== known.unit.toLowerCase()) {
      addProblem(fields, context, {
        field: 'unit',
        code: 'conflicting-values',
        message: `The unit “${unit}” differs from “${known.unit}”, the unit of the indicator “${known.name}”.`,
        expected: `“${known.unit}” or an empty cell`,
      });
    }
    if (!stored) needs.push(`indicator:${key}`);
    return known.id;
  }
  if (unit === null) {
    addProblem(fields, context, {
      field: context.columnOf.has('unit') ? 'unit' : 'indicator',
      code: 'missing-value',
      message: `“${name}” is a new indicator, and a new indicator needs a unit.`,
      expected: 'a unit such as USD or companies in the unit column',
    });
    return '';
  }
  const indicator: NewRecord<'indicators'> = { id: context.input.newId(), name, unit, description: '', country: null };
  context.fileRecords.indicators.set(key, indicator);
  needs.push(`indicator:${key}`);
  return indicator.id;
}
