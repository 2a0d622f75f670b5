import type { FormEvent, ReactNode } from 'react';
import '../../ui/form/form.css';

interface RecordFormFrameProps {
  /** Why the last save failed, shown above the fields. */
  summary: string | null;
  submitting: boolean;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The form element every record form shares: the failure summary, the fields, then Cancel and Save. */
export function RecordFormFrame({ summary, submitting, onSubmit, onCancel, children }: RecordFormFrameProps) {
  return (
    <form
      className="record-form"
      noValidate
      aria-busy={submitting}
      onSubmit={(event) => {
        event.preventDefault();
        // A second Enter while the first save is still writing would save twice.
        if (!submitting) onSubmit(event);
      }}
    >
      {summary && (
        <div className="form-summary" role="alert">
          {summary}
        </div>
      )}
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="form-save">
          Save
        </button>
      </div>
    </form>
  );
}
