import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import type { ExternalId } from '@shared/model/externalId';
import { TextField } from '../../ui/form/TextField';
import { RowList } from '../../ui/form/RowList';

interface WithExternalIds {
  externalIds: ExternalId[];
}

/**
 * Other systems' ids for the record, each with whose it is: "AidData GCDF 3.0" and "96082", or
 * "Register No." and "IT-0017". An import matches the record by them.
 */
export function ExternalIdsField<T extends WithExternalIds>(props: { control: Control<T> }) {
  // Deal and organization forms both hold `externalIds`; react-hook-form's Control is invariant in its values, so
  // the list is edited through the part of the form it owns.
  const control = props.control as unknown as Control<WithExternalIds>;
  const { fields, append, remove } = useFieldArray({ control, name: 'externalIds' });
  const { errors } = useFormState({ control, name: 'externalIds' });
  return (
    <RowList
      legend="External IDs"
      rowKeys={fields.map((field) => field.id)}
      renderRow={(index) => (
        <>
          <TextField
            control={control}
            name={`externalIds.${index}.scheme`}
            label={`Scheme of external ID ${index + 1}`}
            hint="Whose id it is: a database or register."
            placeholder="AidData GCDF 3.0"
          />
          <TextField
            control={control}
            name={`externalIds.${index}.value`}
            label={`External ID ${index + 1}`}
            placeholder="96082"
          />
        </>
      )}
      rowName={(index) => `external ID ${index + 1}`}
      onRemove={remove}
      addLabel="Add external ID"
      onAdd={() => append({ scheme: '', value: '' })}
      emptyText="No other system’s id for it yet."
      error={errors.externalIds?.root?.message}
    />
  );
}
