import type { FieldValues } from 'react-hook-form';
import { labelOf } from '@shared/model/labels';
import { FieldFrame } from './FieldFrame';
import { useFieldState, type FieldProps } from './useFieldState';

interface SelectFieldProps<T extends FieldValues> extends FieldProps<T, string> {
  /** Stored codes, shown with `labelOf` unless `optionLabel` says otherwise. */
  options: readonly string[];
  optionLabel?: (option: string) => string;
  /** The label of an empty choice, for fields that may be left unset. */
  emptyOption?: string;
}

export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  options,
  emptyOption,
  optionLabel = labelOf,
}: SelectFieldProps<T>) {
  const field = useFieldState<T, string>(control, name);
  return (
    <FieldFrame label={label} hint={hint} error={field.error}>
      {(attributes) => (
        <select
          {...attributes}
          ref={field.ref}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        >
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
