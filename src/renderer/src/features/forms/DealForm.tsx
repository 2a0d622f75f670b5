import { dealKinds, dealStatuses } from '@shared/model/deal';
import { MoneyField } from '../../ui/form/MoneyField';
import { PartialDateField } from '../../ui/form/PartialDateField';
import { SelectField } from '../../ui/form/SelectField';
import { TagsField } from '../../ui/form/TagsField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { dealFormSchema, type DealFormValues } from './formSchemas';
import { ExternalIdsField } from './ExternalIdsField';
import { dealFromFormValues, dealToFormValues } from './formValues';
import { OutputsField } from './OutputsField';
import { PartiesField } from './PartiesField';
import { RecordFormFrame } from './RecordFormFrame';
import { useRecordForm, type RecordFormDefinition, type RecordFormProps } from './useRecordForm';

const dealForm: RecordFormDefinition<'deals', DealFormValues> = {
  table: 'deals',
  schema: dealFormSchema,
  toFormValues: dealToFormValues,
  fromFormValues: dealFromFormValues,
};

export function DealForm(props: RecordFormProps<'deals'>) {
  const { control, submit, summary, submitting } = useRecordForm(dealForm, props);
  return (
    <RecordFormFrame summary={summary} submitting={submitting} onSubmit={submit} onCancel={props.onCancel}>
      <TextField control={control} name="title" label="Title" />
      <div className="form-columns">
        <SelectField control={control} name="kind" label="Kind" options={dealKinds} />
        <SelectField control={control} name="status" label="Status" options={dealStatuses} />
      </div>
      <div className="form-columns">
        <PartialDateField control={control} name="date" label="Date" />
        <TextField control={control} name="place" label="Place" />
      </div>
      <MoneyField control={control} name="money" label="Value" />
      <PartiesField control={control} />
      <TagsField control={control} name="sectors" label="Sectors" />
      <OutputsField control={control} />
      <TextAreaField control={control} name="description" label="Description" />
      <ExternalIdsField control={control} />
    </RecordFormFrame>
  );
}
