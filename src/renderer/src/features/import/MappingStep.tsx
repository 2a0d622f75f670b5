import { importFields, importRecordKinds, type ImportRecordKind } from '@shared/import/fieldSynonyms';
import type { ImportMode } from '@shared/import/importPlanTypes';
import type { ImportChoices } from './useImportPlan';
import { columnLetter, describeColumn } from '@shared/import/columnLabel';
import type { PlanPreview } from '@shared/import/planPreview';
import { MappingPresets } from './MappingPresets';

const kindLabels: Record<ImportRecordKind, string> = {
  deals: 'Deals',
  organizations: 'Organizations',
  observations: 'Indicator observations',
  events: 'Events',
};

const modeLabels: Record<ImportMode, string> = {
  'add-and-update': 'Add new and update matches',
  'add-only': 'Add new only',
  'update-only': 'Update matches only',
};

const ignore = '';

/** Step 2: what the rows are, which field each column fills, and whether to add, update or both. */
export function MappingStep({ choices }: { choices: ImportChoices }) {
  const { kind, fields } = choices;
  const headers = choices.header?.headers ?? [];
  return (
    <section className="import-step" aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading">2. Columns</h3>
      <div className="import-fields">
        <label className="stacked-field">
          Import as
          <select value={kind} onChange={(event) => choices.chooseKind(event.target.value as ImportRecordKind)}>
            {importRecordKinds.map((candidate) => (
              <option key={candidate} value={candidate}>
                {kindLabels[candidate]}
              </option>
            ))}
          </select>
        </label>
        <label className="stacked-field">
          Rows that match the store
          <select value={choices.mode} onChange={(event) => choices.chooseMode(event.target.value as ImportMode)}>
            {Object.entries(modeLabels).map(([mode, label]) => (
              <option key={mode} value={mode}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {choices.preview && <ColumnRejections preview={choices.preview} />}
      <table className="import-table import-mapping">
        <caption>Field for each column</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Header</th>
            <th scope="col">Field</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((text, column) => (
            <tr key={column}>
              <th scope="row">{columnLetter(column)}</th>
              <td>{text}</td>
              <td>
                <select
                  aria-label={`Field for column ${columnLetter(column)} (${text})`}
                  value={fields[column] ?? ignore}
                  onChange={(event) => choices.chooseField(column, event.target.value || null)}
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
      <MappingPresets choices={choices} />
    </section>
  );
}

/** Said above the list, so the analyst sees which mapped columns reject rows before scrolling through 100 columns. */
function ColumnRejections({ preview }: { preview: PlanPreview }) {
  if (preview.rejectionsByColumn.length === 0) return null;
  return (
    <ul className="import-problems import-column-rejections" aria-label="Columns that would reject rows">
      {preview.rejectionsByColumn.map((rejection) => {
        const column = describeColumn(rejection.column, preview.headers);
        return (
          <li key={rejection.column}>
            {column.charAt(0).toUpperCase() + column.slice(1)} would reject {rejection.rejectedRows} of {preview.rowCount}{' '}
            {preview.rowCount === 1 ? 'row' : 'rows'}: {rejection.firstProblem}
          </li>
        );
      })}
    </ul>
  );
}
