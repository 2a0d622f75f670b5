import type { Observation } from '@shared/model/indicator';
import { formatMoney, moneyFromNumber } from '@shared/values/money';
import { withQualifierSymbol } from '@shared/values/qualifier';

/** An observation's value in its indicator's unit: money as money, counts as counts. */
export function formatObservationValue(observation: Observation, unit: string): string {
  if (/^[A-Z]{3}$/.test(unit)) return formatMoney(moneyFromNumber(observation.value, unit, observation.qualifier));
  return withQualifierSymbol(observation.qualifier, `${observation.value.toLocaleString('en-US')} ${unit}`);
}
