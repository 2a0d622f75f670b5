import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

/** What every form field component takes: the form's control, the field's name and its visible label. */
export interface FieldProps<T extends FieldValues, V> {
  control: Control<T>;
  name: FieldPathByValue<T, V>;
  label: string;
  hint?: string;
}

/** One field's value, handlers and error message, typed by what the field holds. */
export function useFieldState<T extends FieldValues, V>(control: Control<T>, name: FieldPathByValue<T, V>) {
  const { field, fieldState } = useController({ control, name });
  return {
    // react-hook-form types the value by path; `name` is already constrained to paths holding a V.
    value: field.value as V,
    onChange: field.onChange as (value: V) => void,
    onBlur: field.onBlur,
    ref: field.ref,
    error: fieldState.error?.message,
  };
}
