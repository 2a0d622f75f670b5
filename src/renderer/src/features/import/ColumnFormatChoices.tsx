import type { ColumnFormat } from '@shared/import/columnFormats';
import { fieldTypeOf } from '@shared/import/importFieldTypes';
import type { PlanPreview } from '@shared/import/planPreview';
import { commonCurrencyCodes } from '@shared/values/currency';
import type { ImportChoices } from './useImportPlan';
import { columnLetter } from '@shared/import/columnLabel';

const detected = '';

/**
 * How dates and numbers in each column are read, with the analyst's say where the cells do not
 * settle it: 03/04/2024 and 1.234 are refused rather than guessed until the column's convention is
 * known, so this is where a rejected column is put right in one choice instead of cell by cell.
 */
export function ColumnFormatChoices({ choices, plan }: { choices: ImportChoices; plan: PlanPreview }) {
  const hasMoney = choices.fields.some((field) => field && fieldTypeOf(plan.kind, field)?.type === 'money');
  if (plan.columnFormats.length === 0 && !hasMoney) return null;
  return (
    <fieldset className="import-formats">
      <legend>How values are written</legend>
      <ul>
        {plan.columnFormats.map((format) => (
          <li
            key={`${format.format}-${format.column}`}
            className={format.needsChoice ? 'import-format-choice-needed' : undefined}
          >
            <span>{format.message}</span>
            <FormatControl format={format} choices={choices} header={plan.headers[format.column] ?? ''} />
          </li>
        ))}
      </ul>
      {hasMoney && (
        <label className="stacked-field">
          Currency of amounts that name none
          <select
            value={choices.formatChoices.defaultCurrency ?? detected}
            onChange={(event) => choices.chooseDefaultCurrency(event.target.value || null)}
          >
            <option value={detected}>None: such amounts are rejected</option>
            {commonCurrencyCodes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

function FormatControl({ format, choices, header }: { format: ColumnFormat; choices: ImportChoices; header: string }) {
  const name = `column ${columnLetter(format.column)}${header ? ` (${header})` : ''}`;
  if (format.format === 'date-order') {
    const chosen = choices.formatChoices.dayFirst?.[format.column];
    return (
      <select
        aria-label={`Order of day and month in ${name}`}
        value={chosen === undefined ? detected : chosen ? 'day' : 'month'}
        onChange={(event) => choices.chooseDayFirst(format.column, event.target.value ? event.target.value === 'day' : null)}
      >
        <option value={detected}>{format.needsChoice ? 'Choose…' : 'As detected'}</option>
        <option value="day">Day first: 03/04/2024 is 3 April</option>
        <option value="month">Month first: 03/04/2024 is March 4</option>
      </select>
    );
  }
  if (format.format === 'decimal-separator') {
    const chosen = choices.formatChoices.decimalSeparator?.[format.column];
    return (
      <select
        aria-label={`Decimal separator in ${name}`}
        value={chosen ?? detected}
        onChange={(event) => choices.chooseDecimalSeparator(format.column, (event.target.value || null) as '.' | ',' | null)}
      >
        <option value={detected}>{format.needsChoice ? 'Choose…' : 'As detected'}</option>
        <option value=".">Decimal point: 1,234.5</option>
        <option value=",">Decimal comma: 1.234,5</option>
      </select>
    );
  }
  return null;
}
