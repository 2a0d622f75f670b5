import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { indicatorFormSchema, type IndicatorFormValues } from './formSchemas';
import { indicatorFromFormValues, indicatorToFormValues } from './formValues';
import { RecordFormFrame } from './RecordFormFrame';
import { useRecordForm, type RecordFormDefinition, type RecordFormProps } from './useRecordForm';

const indicatorForm: RecordFormDefinition<'indicators', IndicatorFormValues> = {
  table: 'indicators',
  schema: indicatorFormSchema,
  toFormValues: indicatorToFormValues,
  fromFormValues: indicatorFromFormValues,
};

export function IndicatorForm(props: RecordFormProps<'indicators'>) {
  const { control, submit, summary, submitting } = useRecordForm(indicatorForm, props);
  return (
    <RecordFormFrame summary={summary} submitting={submitting} onSubmit={submit} onCancel={props.onCancel}>
      <TextField control={control} name="name" label="Name" />
      <TextField control={control} name="unit" label="Unit" hint="What one observation counts: USD, companies, base stations." />
      <TextAreaField control={control} name="description" label="Description" />
    </RecordFormFrame>
  );
}
