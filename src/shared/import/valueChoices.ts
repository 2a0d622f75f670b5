/**
 * The analyst's reading of a value the app does not know ("Completion" is the deal status
 * completed), applied to every row that holds it. Kept per import field rather than per column:
 * a saved mapping is offered for files whose headers match as a set, in any column order, and what
 * "Completion" means depends on the field it fills (a status, not a kind), not on where it stands.
 */
export interface ValueChoice {
  field: string;
  /** The cell's text as read, trimmed; matched without regard to case or repeated spaces. */
  text: string;
  /** What the cell is read as instead (an enum code, an ISO currency or country code); null leaves it empty. */
  replacement: string | null;
}

/** "Completion", " completion " and "COMPLETION" are one value to choose for. */
export function valueChoiceKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The replacement of each chosen text of each field, by valueChoiceKey; a later choice of the same text wins. */
export function valueChoicesByField(choices: readonly ValueChoice[]): Map<string, Map<string, string | null>> {
  const byField = new Map<string, Map<string, string | null>>();
  for (const { field, text, replacement } of choices) {
    let ofField = byField.get(field);
    if (!ofField) byField.set(field, (ofField = new Map()));
    ofField.set(valueChoiceKey(text), replacement);
  }
  return byField;
}
