import { Controller, useFieldArray, useFormState, type Control } from 'react-hook-form';
import { partyRoles } from '@shared/model/deal';
import { RowList } from '../../ui/form/RowList';
import { SelectField } from '../../ui/form/SelectField';
import type { DealFormValues } from './formSchemas';
import { OrganizationPicker } from './OrganizationPicker';

/** A deal's parties: one row per organization with its role in the deal. */
export function PartiesField({ control }: { control: Control<DealFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'parties' });
  const { errors } = useFormState({ control, name: 'parties' });
  return (
    <RowList
      legend="Parties"
      rowKeys={fields.map((field) => field.id)}
      renderRow={(index) => (
        <>
          <Controller
            control={control}
            name={`parties.${index}.organizationId`}
            render={({ field, fieldState }) => (
              <OrganizationPicker
                label={`Party ${index + 1}`}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
          <SelectField
            control={control}
            name={`parties.${index}.role`}
            label={`Role of party ${index + 1}`}
            options={partyRoles}
          />
        </>
      )}
      rowName={(index) => `party ${index + 1}`}
      onRemove={remove}
      addLabel="Add party"
      onAdd={() => append({ organizationId: '', role: 'signatory' })}
      emptyText="No parties yet."
      error={errors.parties?.root?.message}
    />
  );
}
