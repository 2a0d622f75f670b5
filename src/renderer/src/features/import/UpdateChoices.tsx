import type { UpdatePolicy } from '@shared/import/importPlanTypes';
import type { PlanPreview } from '@shared/import/planPreview';
import type { StoredNotInFile } from '@shared/import/storedNotInFile';
import type { FieldChange, RecordUpdate } from '@shared/import/updateDiff';
import { recordLabels } from '@shared/model/recordLabels';
import type { ImportChoices } from './useImportPlan';
import './updateChoices.css';

const policies: { policy: UpdatePolicy; label: string; explanation: string }[] = [
  {
    policy: 'fill-empty',
    label: 'Fill empty fields only',
    explanation: 'Stored values stay as they are; only fields the store has empty take the file’s value.',
  },
  {
    policy: 'overwrite',
    label: 'Overwrite stored values',
    explanation: 'The file’s values replace the stored ones, and lists gain the file’s items.',
  },
];

const keptLabels: Record<NonNullable<FieldChange['kept']>, string> = {
  filled: 'Kept: the store has a value',
  curated: 'Kept: notes and descriptions are never replaced',
};

const count = (value: number) => value.toLocaleString('en-US');

/**
 * How rows that match stored records update them: the policy, each record's differing fields with
 * the stored value beside the file's, and the stored records a keyed file leaves out (listed, not deleted).
 */
export function UpdateChoices({ choices, preview }: { choices: ImportChoices; preview: PlanPreview }) {
  const { updates, storedNotInFile } = preview;
  if (updates.count === 0 && storedNotInFile.count === 0) return null;
  const { many } = recordLabels[preview.table];
  return (
    <section className="import-step import-updates" aria-labelledby="import-updates-heading">
      <h3 id="import-updates-heading">Updates to stored {many}</h3>
      {updates.count > 0 && (
        <>
          <fieldset className="import-update-policy">
            <legend>How rows that match stored {many} update them</legend>
            {policies.map(({ policy, label, explanation }) => (
              <label key={policy} className="import-update-policy-option">
                <input
                  type="radio"
                  name="import-update-policy"
                  value={policy}
                  checked={choices.updatePolicy === policy}
                  onChange={() => choices.chooseUpdatePolicy(policy)}
                />
                <span>
                  <strong>{label}</strong> <span className="import-update-explanation">{explanation}</span>
                </span>
              </label>
            ))}
            <p className="import-update-explanation">
              Either way a blank cell never erases a stored value, notes are never replaced, and annotations are left alone.
            </p>
          </fieldset>
          <UpdateDiffTable updates={updates.updates} total={updates.count} />
        </>
      )}
      {storedNotInFile.count > 0 && <StoredNotInFileList missing={storedNotInFile} many={many} />}
    </section>
  );
}

function UpdateDiffTable({ updates, total }: { updates: RecordUpdate[]; total: number }) {
  return (
    <div className="import-table-scroll import-update-diff">
      <table className="import-table">
        <caption>
          Changes to stored records ({count(total)}
          {updates.length < total ? `, first ${count(updates.length)} shown` : ''})
        </caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Field</th>
            <th scope="col">Current value</th>
            <th scope="col">Incoming value</th>
            <th scope="col">Import</th>
          </tr>
        </thead>
        {updates.map((update) => (
          <tbody key={update.rowNumber}>
            {update.changes.map((change, index) => (
              <tr key={change.field} className={change.kept ? 'import-change-kept' : 'import-change-written'}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={update.changes.length}>
                    {update.title}
                    <span className="import-update-row">row {update.rowNumber}</span>
                  </th>
                )}
                <th scope="row">{change.label}</th>
                <td>{change.current || <Empty />}</td>
                <td>{change.incoming || <Empty />}</td>
                <td>{change.kept ? keptLabels[change.kept] : 'Written'}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function Empty() {
  return <span className="import-value-empty">(empty)</span>;
}

function StoredNotInFileList({ missing, many }: { missing: StoredNotInFile; many: string }) {
  const hidden = missing.count - missing.titles.length;
  return (
    <details className="import-not-in-file">
      <summary>
        In the store but not in this file: {count(missing.count)} {many}
      </summary>
      <p className="import-update-explanation">Listed for checking only: the import deletes nothing.</p>
      <ul aria-label={`Stored ${many} not in this file`}>
        {missing.titles.map((title, index) => (
          <li key={index}>{title}</li>
        ))}
        {hidden > 0 && <li>…and {count(hidden)} more</li>}
      </ul>
    </details>
  );
}
