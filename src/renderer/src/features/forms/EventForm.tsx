import { PartialDateField } from '../../ui/form/PartialDateField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { eventFormSchema, type EventFormValues } from './formSchemas';
import { eventFromFormValues, eventToFormValues } from './formValues';
import { OrganizersField } from './OrganizersField';
import { RecordFormFrame } from './RecordFormFrame';
import { useRecordForm, type RecordFormDefinition, type RecordFormProps } from './useRecordForm';

const eventForm: RecordFormDefinition<'events', EventFormValues> = {
  table: 'events',
  schema: eventFormSchema,
  toFormValues: eventToFormValues,
  fromFormValues: eventFromFormValues,
};

/** Participants and the deals that came of an event are kept as they are. */
export function EventForm(props: RecordFormProps<'events'>) {
  const { control, submit, summary, submitting } = useRecordForm(eventForm, props);
  return (
    <RecordFormFrame summary={summary} submitting={submitting} onSubmit={submit} onCancel={props.onCancel}>
      <TextField control={control} name="name" label="Name" />
      <div className="form-columns">
        <PartialDateField control={control} name="date" label="Date" />
        <TextField control={control} name="place" label="Place" />
      </div>
      <OrganizersField control={control} />
      <TextAreaField control={control} name="description" label="Description" />
    </RecordFormFrame>
  );
}
