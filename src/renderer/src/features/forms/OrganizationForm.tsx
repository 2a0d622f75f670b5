import { itParkStatuses, organizationKinds } from '@shared/model/organization';
import { PartialDateField } from '../../ui/form/PartialDateField';
import { SelectField } from '../../ui/form/SelectField';
import { TagsField } from '../../ui/form/TagsField';
import { TextAreaField } from '../../ui/form/TextAreaField';
import { TextField } from '../../ui/form/TextField';
import { organizationFormSchema, type OrganizationFormValues } from './formSchemas';
import { ExternalIdsField } from './ExternalIdsField';
import { organizationFromFormValues, organizationToFormValues } from './formValues';
import { RecordFormFrame } from './RecordFormFrame';
import { useRecordForm, type RecordFormDefinition, type RecordFormProps } from './useRecordForm';

const organizationForm: RecordFormDefinition<'organizations', OrganizationFormValues> = {
  table: 'organizations',
  schema: organizationFormSchema,
  toFormValues: organizationToFormValues,
  fromFormValues: organizationFromFormValues,
};

/** Name, country, kind, aliases, capital origin, IT Park residency and external ids; relations are edited elsewhere and kept. */
export function OrganizationForm(props: RecordFormProps<'organizations'>) {
  const { control, submit, summary, submitting } = useRecordForm(organizationForm, props);
  return (
    <RecordFormFrame summary={summary} submitting={submitting} onSubmit={submit} onCancel={props.onCancel}>
      <TextField control={control} name="name" label="Name" />
      <div className="form-columns">
        <TextField control={control} name="country" label="Country" hint="Two-letter code: UZ, CN, RU." short />
        <SelectField control={control} name="kind" label="Kind" options={organizationKinds} />
      </div>
      <TagsField control={control} name="aliases" label="Aliases" hint="Other names it goes by: Unitel for Beeline." />
      <TagsField
        control={control}
        name="capitalOrigin"
        label="Capital origin"
        normalizeTag={(code) => code.toUpperCase()}
        hint="Two-letter codes of the countries its capital comes from, separated by commas."
      />
      <fieldset className="form-rows">
        <legend>IT Park residency</legend>
        <div className="form-columns">
          <SelectField
            control={control}
            name="itParkResidency.status"
            label="IT Park status"
            options={itParkStatuses}
            emptyOption="Not an IT Park resident"
          />
          <PartialDateField
            control={control}
            name="itParkResidency.since"
            label="Resident since"
            hint="When granted, if known."
          />
          <PartialDateField
            control={control}
            name="itParkResidency.asOf"
            label="Status as of"
            hint="When the source reported the status."
          />
        </div>
      </fieldset>
      <TextAreaField control={control} name="notes" label="Notes" rows={3} />
      <ExternalIdsField control={control} />
    </RecordFormFrame>
  );
}
