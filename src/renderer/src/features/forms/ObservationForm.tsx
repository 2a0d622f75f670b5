import type { FieldValues } from 'react-hook-form';
import { observationBases } from '@shared/model/indicator';
import { moneyQualifiers } from '@shared/values/money.schema';
import { formatGroupedNumber } from '@shared/values/numberFormat';
import { FieldFrame } from '../../ui/form/FieldFrame';
import { InterpretedTextField } from '../../ui/form/InterpretedTextField';
import { PartialDateField } from '../../ui/form/PartialDateField';
import { SelectField } from '../../ui/form/SelectField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { useFieldState, type FieldProps } from '../../ui/form/useFieldState';
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

/** Whether the value covers the period or stands at its end; the shared select would label "period" as "Period". */
function BasisField<T extends FieldValues>({ control, name, label, hint }: FieldProps<T, string>) {
  const field = useFieldState<T, string>(control, name);
  return (
    <FieldFrame label={label} hint={hint} error={field.error}>
      {(attributes) => (
        <select
          {...attributes}
          ref={field.ref}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        >
          {observationBases.map((basis) => (
            <option key={basis} value={basis}>
              {basisLabels[basis]}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
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
        <BasisField
          control={control}
          name="basis"
          label="Basis"
          hint="Cumulative: a running total or a count standing at the end of the period."
        />
      </div>
      <TextAreaField control={control} name="notes" label="Notes" />
    </RecordFormFrame>
  );
}
