/** The middle value; the mean of the two middle values for an even count; null for no values (a step not run). */
export function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Rounded to `digits`; null for a figure that was not measured (no value, or the max of none). */
export const round = (value, digits = 0) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
