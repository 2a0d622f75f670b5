import type { DealTotal } from '../report/dealTotals';
import { formatCompactNumber } from '../values/numberFormat';

/** "$1.26B", "$58.4M": the short form tables already use for US dollars. */
export function formatUsd(usd: number): string {
  return `${usd < 0 ? '-' : ''}$${formatCompactNumber(Math.abs(usd))}`;
}

/**
 * A group's value for a chart label: "≈ $1.26B" when any value in it is approximate or a bound,
 * "no value stated" when none of its deals has one.
 */
export function formatTotalValue(total: Pick<DealTotal, 'usd' | 'withValue' | 'notExact' | 'unconverted'>): string {
  if (total.withValue === 0) return 'no value stated';
  if (total.withValue === total.unconverted) return 'not in USD yet';
  return `${total.notExact > 0 ? '≈ ' : ''}${formatUsd(total.usd)}`;
}

export function formatDealCount(deals: number): string {
  return `${deals.toLocaleString('en-US')} ${deals === 1 ? 'deal' : 'deals'}`;
}

/** "+$4.7M (+174%)", "−11 (−45.8%)": a change with its sign, in the indicator's unit. */
export function formatChange(change: number, changeRatio: number | null, unit: string): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const magnitude = Math.abs(change);
  const figure = unit === 'USD' ? formatUsd(magnitude) : formatCompactNumber(magnitude);
  if (changeRatio === null) return `${sign}${figure}`;
  const percent = Math.abs(changeRatio * 100);
  const percentText = percent.toLocaleString('en-US', { maximumFractionDigits: percent >= 100 ? 0 : 1 });
  return `${sign}${figure} (${sign}${percentText}%)`;
}
