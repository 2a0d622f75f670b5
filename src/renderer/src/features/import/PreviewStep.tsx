import { useState, type CSSProperties } from 'react';
import { importFields } from '@shared/import/fieldSynonyms';
import type { PlannedRowStatus } from '@shared/import/importPlanTypes';
import type { CellFix } from '@shared/import/importSession';
import { firstRowsShown, type PlanPreview } from '@shared/import/planPreview';
import type { ImportChoices } from './useImportPlan';
import { columnLetter } from '@shared/import/columnLabel';
import { cellText } from './cellText';
import { ColumnFormatChoices } from './ColumnFormatChoices';
import { moveCellFocus } from './moveCellFocus';

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

const count = (value: number) => value.toLocaleString('en-US');

/** The preview's column widths, in em: set, so the browser does not measure every cell to place the columns. */
const rowColumnWidth = 4.5;
const statusColumnWidth = 12.5;
const fieldColumnWidth = 14;
const em = (width: number) => ({ width: `${width}em` });
/** import.css keeps the row number and status columns in view by these widths when the rows scroll sideways. */
const stickyColumns = {
  '--row-column-width': `${rowColumnWidth}em`,
  '--sticky-columns-width': `${rowColumnWidth + statusColumnWidth}em`,
} as CSSProperties;

/** Step 3: what the import would do, row by row, with the rejected rows open for a fix or a skip. */
export function PreviewStep({ choices, preview }: { choices: ImportChoices; preview: PlanPreview }) {
  const labels = new Map(importFields[preview.kind].map((field) => [field.field, field.label]));
  const decisionRows = preview.rows.filter((row) => row.needsDecision).length;
  const hiddenDecisions = preview.leftBehindCount - decisionRows;
  const rejectedLeft = preview.rejectedRowNumbers.length;
  return (
    <section className="import-step" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">3. Preview</h3>
      <p role="status" className="import-counts">
        {countsText(preview.counts)}
      </p>
      {preview.mappingProblems.length > 0 && (
        <ul className="import-problems" aria-label="Problems with the columns">
          {preview.mappingProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <ColumnFormatChoices choices={choices} plan={preview} />
      {rejectedLeft > 1 && (
        <p className="import-bulk-skip">
          <button type="button" onClick={() => choices.excludeRows(preview.rejectedRowNumbers)}>
            Skip all {count(rejectedLeft)} rejected rows
          </button>{' '}
          They can be downloaded with what was wrong, fixed in Excel and imported again.
        </p>
      )}
      <div className="import-table-scroll import-rows" role="region" aria-label="Rows to import" style={stickyColumns}>
        <table
          className="import-table import-preview-table"
          style={em(rowColumnWidth + statusColumnWidth + preview.mapping.length * fieldColumnWidth)}
        >
          <caption>
            {/* In a span, which can stay in view when the rows scroll sideways; the caption is as wide as the table. */}
            <span className="import-caption-text">
              Rows to import
              {preview.rows.length < preview.rowCount &&
                ` (first ${firstRowsShown} of ${count(preview.rowCount)}, and ${hiddenDecisions > 0 ? `${count(decisionRows)} of the ${count(preview.leftBehindCount)} rows that need a decision` : 'every rejected row'})`}
            </span>
          </caption>
          <colgroup>
            <col style={em(rowColumnWidth)} />
            <col style={em(statusColumnWidth)} />
            {preview.mapping.map(({ column }) => (
              <col key={column} style={em(fieldColumnWidth)} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Status</th>
              {preview.mapping.map(({ column, field }) => (
                <th key={column} scope="col">
                  {columnLetter(column)} {labels.get(field) ?? field}
                </th>
              ))}
            </tr>
          </thead>
          {/* One tab stop (the first row number); the arrow keys go on from cell to cell. */}
          <tbody onKeyDown={moveCellFocus}>
            {preview.rows.map((row, rowIndex) => (
              <tr key={row.rowNumber} className={`import-row-${row.status}`}>
                <th scope="row" tabIndex={rowIndex === 0 ? 0 : -1}>
                  {row.rowNumber}
                </th>
                <td tabIndex={-1}>
                  {statusLabels[row.status]}
                  {row.needsDecision && (
                    <label className="import-skip">
                      <input
                        type="checkbox"
                        aria-label={`Skip row ${row.rowNumber}`}
                        // The analyst's choice, not the plan's: the new plan arrives from the worker a moment later.
                        checked={choices.excludedRows.includes(row.rowNumber)}
                        onChange={(event) => choices.setRowExcluded(row.rowNumber, event.target.checked)}
                      />
                      Skip row
                    </label>
                  )}
                </td>
                {preview.mapping.map(({ column }, index) => {
                  const text = cellText(row.cells[index]);
                  const wrong = row.problemColumns.includes(column);
                  return (
                    <td
                      key={column}
                      tabIndex={-1}
                      className={wrong ? 'import-cell-problem' : undefined}
                      title={wrong ? undefined : text}
                    >
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
      {preview.problemCount > 0 && (
        <ul className="import-problems" aria-label="Problems in rows">
          {preview.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
          {preview.problemCount > preview.problems.length && <li>…and {preview.problemCount - preview.problems.length} more.</li>}
        </ul>
      )}
    </section>
  );
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
