// "Notes (count)", "Number of employees", "Count of sources", "# of deals", "Количество сотрудников",
// "Xodimlar soni", "员工数量": the column counts things, so it holds numbers, never their names or text.
const countHeaderPatterns: readonly RegExp[] = [
  /\(\s*(count|number|no\.?|#)\s*\)\s*$/iu,
  /^\s*(number|count|no\.?|#)\s+of\b/iu,
  /^\s*(количество|число|кол-во)(\s|$)/iu,
  /\bsoni\s*$/iu,
  /数量\s*$|个数\s*$/u,
];

/** Whether a header says its column is a count; such a column is proposed only for numeric fields. */
export function isCountHeader(header: string): boolean {
  return countHeaderPatterns.some((pattern) => pattern.test(header));
}
