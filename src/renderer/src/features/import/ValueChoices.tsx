import { useState } from 'react';
import { describeColumn } from '@shared/import/columnLabel';
import { importFields } from '@shared/import/fieldSynonyms';
import type { PlanPreview } from '@shared/import/planPreview';
import type { FieldUnknownValues, UnknownValue } from '@shared/import/unknownValues';
import { valueChoiceKey, type ValueChoice } from '@shared/import/valueChoices';
import type { ImportChoices } from './useImportPlan';
import './valueChoices.css';

// Option values no code can take: codes are lower-case words with hyphens or capital letters.
const notChosen = '';
const leaveEmpty = ':empty';
const otherCode = ':other';

const count = (value: number) => value.toLocaleString('en-US');
const rows = (value: number) => (value === 1 ? '1 row' : `${count(value)} rows`);

/**
 * Values of kind, status, country and currency columns that Silk Ledger does not know, each with
 * the rows holding it: one choice reads the value the same way in every such row, where a cell fix
 * would have to be typed row by row. A suggestion is only preselected; nothing applies until the
 * analyst says so.
 */
export function ValueChoices({ choices, preview }: { choices: ImportChoices; preview: PlanPreview }) {
  if (preview.unknownValues.length === 0) return null;
  const labels = new Map(importFields[preview.kind].map((field) => [field.field, field.label]));
  return (
    <section className="import-step import-value-choices" aria-labelledby="import-values-heading">
      <h3 id="import-values-heading">Values Silk Ledger does not know</h3>
      <p className="import-value-choices-hint">
        Choose once what each value means: the choice applies to every row that holds it, and is saved with the mapping.
      </p>
      {preview.unknownValues.map((unknown) => (
        <FieldValueChoices
          key={unknown.field}
          choices={choices}
          unknown={unknown}
          label={labels.get(unknown.field) ?? unknown.field}
          headers={preview.headers}
        />
      ))}
    </section>
  );
}

function FieldValueChoices(props: {
  choices: ImportChoices;
  unknown: FieldUnknownValues;
  label: string;
  headers: readonly string[];
}) {
  const { choices, unknown, label, headers } = props;
  const columns = unknown.columns.map((column) => describeColumn(column, headers)).join(', ');
  return (
    <div className="import-table-scroll">
      <table className="import-table import-value-table">
        <caption>
          {label}, {columns}
        </caption>
        <thead>
          <tr>
            <th scope="col">Value in the file</th>
            <th scope="col">Rows</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {unknown.values.map((value) => {
            const key = valueChoiceKey(value.text);
            const applied = choices.valueChoices.find(
              (choice) => choice.field === unknown.field && valueChoiceKey(choice.text) === key,
            );
            return (
              // A choice made elsewhere (a saved mapping applied) starts the row over from that choice.
              <ValueChoiceRow
                key={`${key}\u0000${JSON.stringify(applied?.replacement)}`}
                choices={choices}
                unknown={unknown}
                value={value}
                applied={applied}
                where={columns}
              />
            );
          })}
        </tbody>
      </table>
      {unknown.moreValueCount > 0 && (
        <p className="import-value-choices-more">
          {count(unknown.moreValueCount)} more values are not listed. A column with this many unknown values may be mapped to the
          wrong field.
        </p>
      )}
    </div>
  );
}

function ValueChoiceRow(props: {
  choices: ImportChoices;
  unknown: FieldUnknownValues;
  value: UnknownValue;
  applied: ValueChoice | undefined;
  /** The field's columns, for the controls' names: "column C (Status)". */
  where: string;
}) {
  const { choices, unknown, value, applied, where } = props;
  const { field, accepted } = unknown;
  const listed = (code: string) => accepted.values.some((option) => option.code === code);
  // The applied choice, else the suggestion, is what the row shows first.
  const shown = applied ? applied.replacement : value.suggestion;
  const [option, setOption] = useState(() =>
    applied && shown === null ? leaveEmpty : shown === null ? notChosen : listed(shown) ? shown : otherCode,
  );
  const [typedCode, setTypedCode] = useState(() => (shown !== null && !listed(shown) ? shown : ''));

  const codeLength = accepted.otherCodeLength;
  const typedValid = codeLength !== null && new RegExp(`^[A-Za-z]{${codeLength}}$`).test(typedCode.trim());
  const replacement = option === leaveEmpty ? null : option === otherCode ? typedCode.trim().toUpperCase() : option;
  const ready = option !== notChosen && (option !== otherCode || typedValid);
  const unchanged = applied !== undefined && applied.replacement === replacement;
  const quoted = `“${value.text}”`;

  return (
    <tr className={applied ? 'import-value-chosen' : undefined}>
      <th scope="row" title={value.text}>
        {value.text}
      </th>
      <td>{count(value.rowCount)}</td>
      <td>
        <span className="import-value-read-as">
          <select aria-label={`Read ${quoted} in ${where} as`} value={option} onChange={(event) => setOption(event.target.value)}>
            {option === notChosen && <option value={notChosen}>Choose…</option>}
            {accepted.values.map(({ code, label }) => (
              <option key={code} value={code}>
                {code === value.suggestion ? `${label} (suggested)` : label}
              </option>
            ))}
            {codeLength !== null && <option value={otherCode}>Another code…</option>}
            <option value={leaveEmpty}>Leave empty</option>
          </select>
          {option === otherCode && (
            <input
              aria-label={`${codeLength}-letter code for ${quoted}`}
              className="import-value-code"
              value={typedCode}
              maxLength={codeLength ?? undefined}
              placeholder={codeLength === 2 ? 'e.g. MY' : 'e.g. MYR'}
              onChange={(event) => setTypedCode(event.target.value)}
            />
          )}
          {unchanged ? (
            <span className="import-value-applied">
              ✓ Applied to {rows(value.rowCount)}
              <button type="button" onClick={() => choices.clearValueChoice(field, value.text)}>
                Undo
              </button>
            </span>
          ) : (
            <button type="button" disabled={!ready} onClick={() => choices.chooseValue(field, value.text, replacement)}>
              Apply to {rows(value.rowCount)}
            </button>
          )}
        </span>
      </td>
    </tr>
  );
}
