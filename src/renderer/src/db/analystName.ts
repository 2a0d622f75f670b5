const storageKey = 'silk-ledger.analyst-name';

/** The name history entries and annotations are signed with; set in the status bar. */
export function readAnalystName(): string {
  return localStorage.getItem(storageKey)?.trim() || 'Analyst';
}

export function saveAnalystName(name: string): void {
  localStorage.setItem(storageKey, name.trim());
}
