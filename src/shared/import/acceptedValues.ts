import { labelOf } from '../model/labels';
import { commonCurrencyCodes } from '../values/currency';
import { knownCountries } from './countryNames';
import type { ImportFieldType } from './importFieldTypes';

/** One value a field accepts, as the analyst picks it: "Completed" for the code completed. */
export interface AcceptedValue {
  code: string;
  label: string;
}

/** What a field's reader accepts, for offering the analyst a choice for a value it refused. */
export interface AcceptedValues {
  values: AcceptedValue[];
  /**
   * Besides those listed, any code of this many capital letters is read: a country's ISO 3166
   * alpha-2 code or a currency's ISO 4217 code, since no list here holds every country or currency.
   */
  otherCodeLength: 2 | 3 | null;
}

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });

/** The values of fields that hold one of a known set (kinds, statuses, countries, currencies); null for others. */
export function acceptedValuesOf(fieldType: ImportFieldType): AcceptedValues | null {
  switch (fieldType.type) {
    case 'enum':
      return { values: fieldType.choices.values.map((code) => ({ code, label: labelOf(code) })), otherCodeLength: null };
    case 'country':
      return { values: knownCountries.map(({ code, names }) => ({ code, label: names[0] ?? code })), otherCodeLength: 2 };
    case 'currency':
      return {
        values: commonCurrencyCodes.map((code) => ({ code, label: `${code} (${currencyNames.of(code) ?? code})` })),
        otherCodeLength: 3,
      };
    default:
      return null;
  }
}
