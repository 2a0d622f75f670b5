import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import { formatQuantity, parseQuantity } from '@shared/values/quantity';
import { InterpretedTextField } from '../../ui/form/InterpretedTextField';
import { RowList } from '../../ui/form/RowList';
import type { DealFormValues } from './formSchemas';

function interpretQuantity(text: string): string | null {
  const quantity = parseQuantity(text);
  return quantity.ok ? formatQuantity(quantity.value) : null;
}

/** What a deal delivered, as the source measures it: "over 27,000 base stations", "40 Tbps". */
export function OutputsField({ control }: { control: Control<DealFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'outputs' });
  const { errors } = useFormState({ control, name: 'outputs' });
  return (
    <RowList
      legend="Outputs"
      rowKeys={fields.map((field) => field.id)}
      renderRow={(index) => (
        <InterpretedTextField
          control={control}
          name={`outputs.${index}.text`}
          label={`Output ${index + 1}`}
          interpret={interpretQuantity}
          hint="A number and what it counts, such as “over 27,000 base stations”."
          placeholder="over 27,000 base stations"
        />
      )}
      rowName={(index) => `output ${index + 1}`}
      onRemove={remove}
      addLabel="Add output"
      onAdd={() => append({ text: '' })}
      emptyText="No measured outputs yet."
      error={errors.outputs?.root?.message}
    />
  );
}
