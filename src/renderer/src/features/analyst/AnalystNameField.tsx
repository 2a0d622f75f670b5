import { FieldFrame } from '../../ui/form/FieldFrame';

export const analystNameLabel = 'Your name, as it will sign your changes';

interface AnalystNameFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  autoFocus?: boolean;
}

/** The one field of the welcome card and the name dialog. */
export function AnalystNameField({ value, onChange, error, autoFocus }: AnalystNameFieldProps) {
  return (
    <FieldFrame
      label={analystNameLabel}
      error={error}
      hint="It signs your history entries, annotations and backups, and stays on this computer."
    >
      {(attributes) => (
        <input
          {...attributes}
          value={value}
          autoComplete="name"
          maxLength={200}
          autoFocus={autoFocus}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
