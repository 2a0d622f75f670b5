const specialLabels: Record<string, string> = {
  'it-park': 'IT Park',
  'state-owned-company': 'State-owned company',
  'inter-operator-agreement': 'Inter-operator agreement',
  'former-resident': 'Former resident',
  'under-discussion': 'Under discussion',
  'in-progress': 'In progress',
  'more-than': 'More than',
  'at-least': 'At least',
  'at-most': 'At most',
  'less-than': 'Less than',
};

/** Turns a stored code ("intergovernmental-agreement") into words for the screen and reports. */
export function labelOf(code: string): string {
  const special = specialLabels[code];
  if (special) return special;
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const countryNames: Record<string, string> = {
  UZ: 'Uzbekistan',
  CN: 'China',
  RU: 'Russia',
  KZ: 'Kazakhstan',
  US: 'United States',
};

// Imported datasets name countries beyond the list above (AidData's recipients); the runtime knows every name.
const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

export function countryLabel(code: string | null): string {
  if (!code) return '';
  return countryNames[code] ?? (/^[A-Z]{2}$/.test(code) ? regionNames.of(code) : undefined) ?? code;
}
