function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isListOfGroups(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every(isGroup);
}

/**
 * The form field a data-layer issue belongs on, or null when the form does not show that part of the
 * record (citations, say). The issue's dotted path is followed as far as the form values go: "money.amount"
 * lands on the money text, "sectors.2" on the sectors list, "outputs.0.unit" on that output's text. An issue
 * about a group lands on its first field; one about a list of rows goes on the list's root error.
 */
export function formFieldForIssue(issuePath: string, values: Record<string, unknown>): string | null {
  let current: unknown = values;
  const path: string[] = [];
  for (const segment of issuePath.split('.')) {
    const descend = isGroup(current) || (isListOfGroups(current) && current.length > 0);
    if (!descend || !(segment in (current as object))) break;
    current = (current as Record<string, unknown>)[segment];
    path.push(segment);
  }
  if (path.length === 0) return null;
  while (isGroup(current)) {
    const first = Object.keys(current)[0];
    if (first === undefined) break;
    current = current[first];
    path.push(first);
  }
  return isListOfGroups(current) ? `${path.join('.')}.root` : path.join('.');
}
