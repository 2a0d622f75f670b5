import { useState } from 'react';
import { columnLetter } from '@shared/import/columnLabel';
import { importFields } from '@shared/import/fieldSynonyms';
import type { ImportChoices } from './useImportPlan';

const ignore = '';

/**
 * The field for each column, in a list that scrolls on its own and can be narrowed to the mapped
 * columns or to a text, so a sheet of a hundred columns is mapped without losing one's place.
 */
export function ColumnMappingList({ choices }: { choices: ImportChoices }) {
  const { kind, fields } = choices;
  const headers = choices.header?.headers ?? [];
  const [text, setText] = useState('');
  const [mappedOnly, setMappedOnly] = useState(false);
  // Columns changed since the filter was set stay listed: unmapping one under "Mapped only" would
  // otherwise pull the list from under the pointer.
  const [changedColumns, setChangedColumns] = useState<ReadonlySet<number>>(new Set());
  const labels = new Map(importFields[kind].map((field) => [field.field, field.label]));
  const mappedCount = fields.filter(Boolean).length;

  const needle = text.trim().toLowerCase();
  const matches = (column: number) => {
    const field = fields[column];
    if (mappedOnly && !field) return false;
    if (!needle) return true;
    const label = field ? (labels.get(field) ?? field) : '';
    return columnLetter(column).toLowerCase() === needle || `${headers[column] ?? ''}\n${label}`.toLowerCase().includes(needle);
  };
  const shown = headers.flatMap((_, column) => (changedColumns.has(column) || matches(column) ? [column] : []));

  function changeFilter(change: () => void) {
    change();
    setChangedColumns(new Set());
  }

  return (
    <>
      <div className="filter-bar import-mapping-filter">
        <label className="filter-field">
          Find a column
          <input
            type="search"
            value={text}
            placeholder="Header or field"
            onChange={(event) => changeFilter(() => setText(event.target.value))}
          />
        </label>
        <label className="filter-check">
          <input
            type="checkbox"
            checked={mappedOnly}
            onChange={(event) => changeFilter(() => setMappedOnly(event.target.checked))}
          />
          Mapped only
        </label>
        <span className="import-mapping-count" aria-live="polite">
          {mappedCount} of {headers.length} columns mapped
        </span>
      </div>
      <div className="import-table-scroll import-mapping-scroll" role="region" aria-label="Columns and their fields">
        <table className="import-table import-mapping">
          <caption className="visually-hidden">Field for each column</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Header</th>
              <th scope="col">Field</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((column) => (
              <tr key={column}>
                <th scope="row">{columnLetter(column)}</th>
                <td>{headers[column]}</td>
                <td>
                  <select
                    aria-label={`Field for column ${columnLetter(column)} (${headers[column]})`}
                    value={fields[column] ?? ignore}
                    onChange={(event) => {
                      setChangedColumns((current) => new Set(current).add(column));
                      choices.chooseField(column, event.target.value || null);
                    }}
                  >
                    <option value={ignore}>— ignore —</option>
                    {importFields[kind].map((field) => (
                      <option key={field.field} value={field.field}>
                        {field.label}
                      </option>
                    ))}
                  </select>
                  {fields[column] === null && choices.proposal[column]?.reason && (
                    <span className="import-mapping-reason">{choices.proposal[column].reason}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && (
          <p className="muted import-mapping-none">
            {mappedOnly ? 'No mapped column' : 'No column'}
            {needle ? ` matches “${text.trim()}”.` : '.'}
          </p>
        )}
      </div>
    </>
  );
}
