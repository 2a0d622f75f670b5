import { sourceKinds } from '@shared/model/source';
import { PartialDateField } from '../../ui/form/PartialDateField';
import { SelectField } from '../../ui/form/SelectField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { sourceFormSchema, type SourceFormValues } from './formSchemas';
import { sourceFromFormValues, sourceToFormValues } from './formValues';
import { RecordFormFrame } from './RecordFormFrame';
import { useRecordForm, type RecordFormDefinition, type RecordFormProps } from './useRecordForm';

const sourceForm: RecordFormDefinition<'sources', SourceFormValues> = {
  table: 'sources',
  schema: sourceFormSchema,
  toFormValues: sourceToFormValues,
  fromFormValues: sourceFromFormValues,
};

/** The document's stored text is kept as it is: it is imported, not typed. */
export function SourceForm(props: RecordFormProps<'sources'>) {
  const { control, submit, summary, submitting } = useRecordForm(sourceForm, props);
  return (
    <RecordFormFrame summary={summary} submitting={submitting} onSubmit={submit} onCancel={props.onCancel}>
      <TextField control={control} name="title" label="Title" />
      <div className="form-columns">
        <SelectField control={control} name="kind" label="Kind" options={sourceKinds} />
        <TextField control={control} name="publisher" label="Publisher" />
      </div>
      <div className="form-columns">
        <PartialDateField control={control} name="date" label="Date" />
        <TextField control={control} name="language" label="Language" hint="Two-letter code: en, ru, uz, zh." short />
      </div>
      <TextField control={control} name="reference" label="Reference" hint="A file name, URL or archive reference." />
      <TextAreaField control={control} name="notes" label="Notes" rows={3} />
    </RecordFormFrame>
  );
}
