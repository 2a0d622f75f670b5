import { importRecordKinds, type ImportRecordKind } from '@shared/import/fieldSynonyms';
import type { ImportMode } from '@shared/import/importPlanTypes';
import type { ImportChoices } from './useImportPlan';
import { describeColumn } from '@shared/import/columnLabel';
import type { PlanPreview } from '@shared/import/planPreview';
import { ColumnMappingList } from './ColumnMappingList';
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

/** Step 2: what the rows are, which field each column fills, and whether to add, update or both. */
export function MappingStep({ choices }: { choices: ImportChoices }) {
  const { kind } = choices;
  return (
    <section className="import-step import-mapping-step" aria-labelledby="import-mapping-heading">
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
      <ColumnMappingList choices={choices} />
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
