import { useEffect, useId, useRef, useState } from 'react';
import { recordLabels } from '@shared/model/recordLabels';
import { recordTitle } from '@shared/model/recordTitle';
import type { AnyRecord, RecordOf } from '@shared/model/tables';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useNotices } from '../../ui/Notices';
import { useRecords } from '../records/liveRecords';
import { DealForm } from './DealForm';
import { EventForm } from './EventForm';
import type { EditableTable } from './formValues';
import { IndicatorForm } from './IndicatorForm';
import { OrganizationForm } from './OrganizationForm';
import { SourceForm } from './SourceForm';
import type { RecordFormProps } from './useRecordForm';
import { useWarnBeforeUnload } from './useWarnBeforeUnload';
import '../../ui/form/form.css';

export type { EditableTable } from './formValues';

export type FormMode = { kind: 'create'; table: EditableTable } | { kind: 'edit'; table: EditableTable; id: string };

export interface RecordFormDialogProps {
  mode: FormMode;
  onClose(): void;
  onSaved?(record: AnyRecord): void;
}

type FormOfKindProps = Omit<RecordFormProps<EditableTable>, 'record' | 'onSaved'> & {
  table: EditableTable;
  record: AnyRecord | null;
  onSaved: (record: AnyRecord) => void;
};

function FormOfKind({ table, record, ...props }: FormOfKindProps) {
  switch (table) {
    case 'deals':
      return <DealForm {...props} record={record as RecordOf<'deals'> | null} />;
    case 'organizations':
      return <OrganizationForm {...props} record={record as RecordOf<'organizations'> | null} />;
    case 'events':
      return <EventForm {...props} record={record as RecordOf<'events'> | null} />;
    case 'sources':
      return <SourceForm {...props} record={record as RecordOf<'sources'> | null} />;
    case 'indicators':
      return <IndicatorForm {...props} record={record as RecordOf<'indicators'> | null} />;
  }
}

/**
 * Creates or edits one record in a modal dialog ("New deal", "Edit organization"). Leaving with unsaved
 * changes (Cancel, Escape, reloading the page) asks first; saving closes the dialog and reports the record.
 */
export function RecordFormDialog({ mode, onClose, onSaved }: RecordFormDialogProps) {
  const { byId } = useRecords();
  const { notify } = useNotices();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // Taken once: a live update to the record while it is being edited must not swap the form's starting point.
  const [record] = useState(() => (mode.kind === 'edit' ? (byId.get(mode.id) ?? null) : null));
  const [opener] = useState(() => document.activeElement);
  const [dirty, setDirty] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const focusBeforeQuestion = useRef<Element | null>(null);
  const one = recordLabels[mode.table].one;

  useWarnBeforeUnload(dirty);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    // The dialog is removed rather than closed, so the browser does not give focus back by itself.
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  useEffect(() => {
    const element = focusBeforeQuestion.current;
    if (!confirmingDiscard && element instanceof HTMLElement && element.isConnected) element.focus();
  }, [confirmingDiscard]);

  function requestClose() {
    if (!dirty) return onClose();
    focusBeforeQuestion.current = document.activeElement;
    setConfirmingDiscard(true);
  }

  function saved(result: AnyRecord) {
    notify('success', `Saved the ${one} “${recordTitle(result)}”.`);
    onSaved?.(result);
    onClose();
  }

  return (
    <>
      <dialog
        ref={dialog}
        className="dialog record-form-dialog"
        aria-labelledby={headingId}
        onCancel={(event) => {
          event.preventDefault();
          requestClose();
        }}
        onClose={() => {
          // Chromium lets a page refuse Escape only once per user gesture, then closes the dialog anyway.
          if (!dirty) return onClose();
          dialog.current?.showModal();
          requestClose();
        }}
      >
        <h2 id={headingId}>{`${mode.kind === 'create' ? 'New' : 'Edit'} ${one}`}</h2>
        {mode.kind === 'edit' && !record ? (
          <>
            <p role="alert">
              There is no {one} with id {mode.id}; it may have been removed.
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                Close
              </button>
            </div>
          </>
        ) : (
          <FormOfKind table={mode.table} record={record} onSaved={saved} onCancel={requestClose} onDirtyChange={setDirty} />
        )}
      </dialog>
      {/* Outside the form's <dialog> so its Escape and close events do not reach the form's handlers. */}
      {confirmingDiscard && (
        <ConfirmDialog
          title="Discard unsaved changes?"
          message={`Your changes to this ${one} have not been saved.`}
          confirmLabel="Discard"
          onConfirm={onClose}
          onCancel={() => setConfirmingDiscard(false)}
        />
      )}
    </>
  );
}
