import { observationBases } from '@shared/model/indicator';
import { moneyQualifiers } from '@shared/values/money.schema';
import { formatGroupedNumber } from '@shared/values/numberFormat';
import { InterpretedTextField } from '../../ui/form/InterpretedTextField';
import { PartialDateField } from '../../ui/form/PartialDateField';
import { SelectField } from '../../ui/form/SelectField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { observationFormSchema, type ObservationFormValues } from './formSchemas';
import { observationFromFormValues, observationToFormValues, readObservationValue } from './formValues';
import { RecordFormFrame } from './RecordFormFrame';
import { useRecordForm, type RecordFormDefinition, type RecordFormProps } from './useRecordForm';

const observationForm: RecordFormDefinition<'observations', ObservationFormValues> = {
  table: 'observations',
  schema: observationFormSchema,
  toFormValues: observationToFormValues,
  fromFormValues: observationFromFormValues,
};

const basisLabels: Record<(typeof observationBases)[number], string> = {
  period: 'For the period',
  cumulative: 'Cumulative',
};

function interpretValue(text: string): string | null {
  const value = readObservationValue(text);
  return value.ok ? formatGroupedNumber(value.value, 6) : null;
}

/** One value of an indicator; its indicator, the organizations it names and its citations are kept as they are. */
export function ObservationForm(props: RecordFormProps<'observations'>) {
  const { control, submit, summary, submitting } = useRecordForm(observationForm, props);
  return (
    <RecordFormFrame summary={summary} submitting={submitting} onSubmit={submit} onCancel={props.onCancel}>
      <div className="form-columns">
        <PartialDateField control={control} name="period" label="Period" hint="The period the value covers or stands at." />
        <InterpretedTextField
          control={control}
          name="value"
          label="Value"
          interpret={interpretValue}
          hint="The figure in the indicator's unit, as the source gives it."
          placeholder="7.4 million, 632,100, 24"
        />
      </div>
      <div className="form-columns">
        <SelectField control={control} name="qualifier" label="Qualifier" options={moneyQualifiers} />
        <SelectField
          control={control}
          name="basis"
          label="Basis"
          options={observationBases}
          // "period" alone would read as a field name; say what the value covers.
          optionLabel={(basis) => basisLabels[basis as (typeof observationBases)[number]]}
          hint="Cumulative: a running total or a count standing at the end of the period."
        />
      </div>
      <TextAreaField control={control} name="notes" label="Notes" />
    </RecordFormFrame>
  );
}
