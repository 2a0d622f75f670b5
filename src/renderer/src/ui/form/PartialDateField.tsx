import type { FieldValues } from 'react-hook-form';
import { formatPartialDate, parsePartialDate } from '@shared/values/partialDate';
import { InterpretedTextField } from './InterpretedTextField';
import type { FieldProps } from './useFieldState';

function interpretDate(text: string): string | null {
  const date = parsePartialDate(text);
  return date.ok ? formatPartialDate(date.value) : null;
}

/**
 * A date as precise as the source: "Q2 2025", "June–July 2023", "2016–2025", "8 November 1999", "08.11.1999",
 * and "c. 2021" for one the source only estimates.
 */
export function PartialDateField<T extends FieldValues>(props: FieldProps<T, string>) {
  return (
    <InterpretedTextField
      hint={'Leave empty when the source gives no date; write “c.\u00a02021” for an estimate.'}
      {...props}
      interpret={interpretDate}
      placeholder="Q2 2025, June–July 2023, 8 November 1999"
    />
  );
}
