import type { FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame';
import { useFieldState, type FieldProps } from './useFieldState';

interface TextFieldProps<T extends FieldValues> extends FieldProps<T, string> {
  placeholder?: string;
  /** Shown narrow, for short codes such as a country or language. */
  short?: boolean;
}

export function TextField<T extends FieldValues>({ control, name, label, hint, placeholder, short }: TextFieldProps<T>) {
  const field = useFieldState<T, string>(control, name);
  return (
    <FieldFrame label={label} hint={hint} error={field.error}>
      {(attributes) => (
        <input
          {...attributes}
          ref={field.ref}
          className={short ? 'form-input-short' : undefined}
          value={field.value}
          placeholder={placeholder}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </FieldFrame>
  );
}
