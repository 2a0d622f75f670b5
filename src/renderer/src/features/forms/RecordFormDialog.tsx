import { useEffect, useId, useRef, useState } from 'react';
import { recordLabels } from '@shared/model/recordLabels';
import { recordTitle } from '@shared/model/recordTitle';
import type { AnyRecord, RecordOf } from '@shared/model/tables';
import { formatPartialDate } from '@shared/values/partialDate';
import { quoteValue } from '@shared/values/quoteValue';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useNotices } from '../../ui/Notices';
import { useRecords } from '../records/liveRecords';
import { DealForm } from './DealForm';
import { EventForm } from './EventForm';
import type { EditableTable, FormTable } from './formValues';
import { IndicatorForm } from './IndicatorForm';
import { ObservationForm } from './ObservationForm';
import { OrganizationForm } from './OrganizationForm';
import { SourceForm } from './SourceForm';
import type { RecordFormProps } from './useRecordForm';
import { useWarnBeforeUnload } from './useWarnBeforeUnload';
import '../../ui/form/form.css';

export type { EditableTable, FormTable } from './formValues';

/** An observation is created for one indicator, so its create mode names it. */
export type FormMode =
  | { kind: 'create'; table: EditableTable }
  | { kind: 'create'; table: 'observations'; indicatorId: string }
  | { kind: 'edit'; table: FormTable; id: string };

export interface RecordFormDialogProps {
  mode: FormMode;
  onClose(): void;
  onSaved?(record: AnyRecord): void;
}

type FormOfKindProps = Omit<RecordFormProps<FormTable>, 'record' | 'onSaved' | 'initial'> & {
  table: FormTable;
  record: AnyRecord | null;
  /** The indicator a new observation belongs to. */
  indicatorId?: string;
  onSaved: (record: AnyRecord) => void;
};

function FormOfKind({ table, record, indicatorId, ...props }: FormOfKindProps) {
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
    case 'observations':
      return (
        <ObservationForm
          {...props}
          record={record as RecordOf<'observations'> | null}
          initial={indicatorId === undefined ? undefined : { indicatorId }}
        />
      );
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
    // An observation has no title of its own; its period is what the analyst knows it by.
    const title = 'period' in result ? formatPartialDate(result.period) : recordTitle(result);
    notify('success', `Saved the ${one} ${quoteValue(title)}.`);
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
          <FormOfKind
            table={mode.table}
            record={record}
            indicatorId={'indicatorId' in mode ? mode.indicatorId : undefined}
            onSaved={saved}
            onCancel={requestClose}
            onDirtyChange={setDirty}
          />
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
