import { useState } from 'react';
import { importFields } from '@shared/import/fieldSynonyms';
import type { PlannedRow, PlannedRowStatus } from '@shared/import/importPlanTypes';
import { describeProblem } from '@shared/import/importProblemText';
import type { PlannedImport } from '../../workers/importWorker';
import type { CellFix, ImportChoices } from './useImportPlan';
import { cellText, columnLetter } from './cellText';
import { ColumnFormatChoices } from './ColumnFormatChoices';

/** Enough rows to judge the mapping; rejected and left-out rows are always shown, since they need a decision. */
const rowsShown = 200;
const problemsShown = 500;

const statusLabels: Record<PlannedRowStatus, string> = {
  added: 'Add',
  updated: 'Update',
  unchanged: 'Unchanged',
  rejected: 'Rejected',
  skipped: 'Skipped',
};

export function countsText(counts: Record<PlannedRowStatus, number>): string {
  return `${counts.added} to add, ${counts.updated} to update, ${counts.unchanged} unchanged, ${counts.rejected} rejected, ${counts.skipped} skipped`;
}

/** Step 3: what the import would do, row by row, with the rejected rows open for a fix or a skip. */
export function PreviewStep({ choices, planned }: { choices: ImportChoices; planned: PlannedImport }) {
  const { plan, input } = planned;
  const cellsByRow = new Map(input.rows.map((row) => [row.rowNumber, row.cells]));
  const labels = new Map(importFields[plan.kind].map((field) => [field.field, field.label]));
  const shown = plan.rows.filter((row, index) => index < rowsShown || needsDecision(row));
  const problems = plan.rows.flatMap((row) => row.problems);
  return (
    <section className="import-step" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">3. Preview</h3>
      <p role="status" className="import-counts">
        {countsText(plan.counts)}
      </p>
      {plan.mappingProblems.length > 0 && (
        <ul className="import-problems" aria-label="Problems with the columns">
          {plan.mappingProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <ColumnFormatChoices choices={choices} plan={plan} />
      <div className="import-table-scroll import-rows">
        <table className="import-table">
          <caption>
            Rows to import
            {shown.length < plan.rows.length && ` (first ${rowsShown} of ${plan.rows.length}, and every rejected row)`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Status</th>
              {input.mapping.map(({ column, field }) => (
                <th key={column} scope="col">
                  {columnLetter(column)} {labels.get(field) ?? field}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.rowNumber} className={`import-row-${row.status}`}>
                <th scope="row">{row.rowNumber}</th>
                <td>
                  {statusLabels[row.status]}
                  {needsDecision(row) && (
                    <label className="import-skip">
                      <input
                        type="checkbox"
                        // The analyst's choice, not the plan's: the new plan arrives from the worker a moment later.
                        checked={choices.excludedRows.includes(row.rowNumber)}
                        onChange={(event) => choices.setRowExcluded(row.rowNumber, event.target.checked)}
                      />
                      Skip row {row.rowNumber}
                    </label>
                  )}
                </td>
                {input.mapping.map(({ column }) => {
                  const text = cellText(cellsByRow.get(row.rowNumber)?.[column]);
                  const wrong = row.status === 'rejected' && row.problems.some((problem) => problem.column === column);
                  return (
                    <td key={column} className={wrong ? 'import-cell-problem' : undefined}>
                      {wrong ? (
                        <CellFixField
                          key={text}
                          rowNumber={row.rowNumber}
                          column={column}
                          text={text}
                          onApply={choices.applyFix}
                        />
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <ul className="import-problems" aria-label="Problems in rows">
          {problems.slice(0, problemsShown).map((problem, index) => (
            <li key={index}>{describeProblem(problem, plan.headers)}</li>
          ))}
          {problems.length > problemsShown && <li>…and {problems.length - problemsShown} more.</li>}
        </ul>
      )}
    </section>
  );
}

function needsDecision(row: PlannedRow): boolean {
  return row.status === 'rejected' || row.skipReason === 'excluded';
}

function CellFixField(props: { rowNumber: number; column: number; text: string; onApply(fix: CellFix): void }) {
  const [draft, setDraft] = useState(props.text);
  const apply = () => props.onApply({ rowNumber: props.rowNumber, column: props.column, text: draft });
  return (
    <span className="import-fix">
      <input
        aria-label={`Fix row ${props.rowNumber} column ${columnLetter(props.column)}`}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          }
        }}
      />
      <button type="button" onClick={apply}>
        Apply
      </button>
    </span>
  );
}
