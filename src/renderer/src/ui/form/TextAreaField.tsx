import type { FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame';
import { useFieldState, type FieldProps } from './useFieldState';

export function TextAreaField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  rows = 4,
}: FieldProps<T, string> & { rows?: number }) {
  const field = useFieldState<T, string>(control, name);
  return (
    <FieldFrame label={label} hint={hint} error={field.error}>
      {(attributes) => (
        <textarea
          {...attributes}
          ref={field.ref}
          rows={rows}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </FieldFrame>
  );
}
