import type { FieldValues } from 'react-hook-form';
import { FieldFrame } from './FieldFrame';
import { useFieldState, type FieldProps } from './useFieldState';

export interface InterpretedTextFieldProps<T extends FieldValues> extends FieldProps<T, string> {
  /** How the app reads the text ("approximately USD 700 million"), or null while it cannot. */
  interpret: (text: string) => string | null;
  /** Shown while the field is empty, saying what empty means ("no amount"). */
  hint: string;
  placeholder?: string;
}

/**
 * Free text the analyst types as the source words it, with the app's reading shown under it as they type,
 * so a misread figure or date is caught before it is saved. Unreadable text is reported by the form's
 * validation, on leaving the field or saving.
 */
export function InterpretedTextField<T extends FieldValues>(props: InterpretedTextFieldProps<T>) {
  const { control, name, label, interpret, hint: emptyHint, placeholder } = props;
  const field = useFieldState<T, string>(control, name);
  const interpretation = field.value.trim() === '' ? null : interpret(field.value);
  const hint = field.value.trim() === '' ? emptyHint : interpretation && `= ${interpretation}`;
  return (
    <FieldFrame label={label} hint={hint || undefined} error={field.error}>
      {(attributes) => (
        <input
          {...attributes}
          ref={field.ref}
          value={field.value}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </FieldFrame>
  );
}
