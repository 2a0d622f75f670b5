import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { recordLabels } from '@shared/model/recordLabels';
import type { RecordInput, RecordOf } from '@shared/model/tables';
import type { FieldIssue } from '../../db/dataErrors';
import { useStore } from '../../db/storeContext';
import { formFieldForIssue } from './formFieldForIssue';
import { emptyRecordInputs, type FormConversion, type FormTable } from './formValues';

/** One kind's form: the shape it validates and how its values map to and from the record. */
export interface RecordFormDefinition<T extends FormTable, V extends FieldValues> {
  table: T;
  schema: z.ZodType<V, V>;
  /** `isNew` is true when the form creates a record from its empty starting point. */
  toFormValues: (record: RecordInput<T>, isNew: boolean) => V;
  fromFormValues: (values: V, base: RecordInput<T>) => FormConversion<RecordInput<T>>;
}

export interface RecordFormProps<T extends FormTable> {
  /** The record to edit, or null to create one. */
  record: RecordOf<T> | null;
  /** What a new record starts with over its kind's empty one, such as an observation's indicator. */
  initial?: Partial<RecordInput<T>>;
  onSaved: (record: RecordOf<T>) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * A react-hook-form form for one record kind. Typed text is checked as the analyst leaves each field by
 * the same conversion that saving uses; saving writes through the data layer, whose verdict is final:
 * its issues are put back on the fields they name, and its message heads the form.
 */
export function useRecordForm<T extends FormTable, V extends FieldValues>(
  definition: RecordFormDefinition<T, V>,
  { record, initial, onSaved, onDirtyChange }: RecordFormProps<T>,
) {
  const { data } = useStore();
  const [summary, setSummary] = useState<string | null>(null);
  const base = (record ?? { ...emptyRecordInputs[definition.table], ...initial }) as RecordInput<T>;
  const resolver = useMemo(() => {
    const withConversion = definition.schema.superRefine((values, context) => {
      const conversion = definition.fromFormValues(values, emptyRecordInputs[definition.table]);
      if (conversion.ok) return;
      for (const issue of conversion.issues)
        context.addIssue({ code: 'custom', path: issue.field.split('.'), message: issue.message });
    });
    // Raw values: the form keeps what was typed; conversion to stored values happens once, on save.
    return zodResolver(withConversion, undefined, { raw: true });
  }, [definition]);
  const form = useForm<V>({
    // Validate on the first save, then as the analyst corrects: messages never appear before they
    // have tried to save, and never jump in or out on blur, which moved buttons under the pointer.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    resolver,
    defaultValues: definition.toFormValues(base, record === null) as DefaultValues<V>,
  });
  const { isDirty } = form.formState;
  const one = recordLabels[definition.table].one;

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  function showIssues(message: string, issues: FieldIssue[]) {
    setSummary(message);
    let focused = false;
    for (const issue of issues) {
      const field = formFieldForIssue(issue.field, form.getValues());
      if (!field) continue;
      form.setError(field as Path<V>, { type: 'data-layer', message: issue.message }, { shouldFocus: !focused });
      focused = true;
    }
  }

  const submit = form.handleSubmit(
    async (values) => {
      setSummary(null);
      const conversion = definition.fromFormValues(values, base);
      if (!conversion.ok) return showIssues(`Could not save the ${one}: check the marked fields.`, conversion.issues);
      const result = record
        ? await data.update(definition.table, record.id, conversion.value)
        : await data.create(definition.table, conversion.value);
      if (!result.ok) return showIssues(result.error.message, result.error.issues);
      onSaved(result.value);
    },
    () => setSummary(`Could not save the ${one}: check the marked fields.`),
  );

  return { control: form.control, submit, summary, submitting: form.formState.isSubmitting };
}
