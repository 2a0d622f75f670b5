import { useState } from 'react';
import type { ImportChoices } from './useImportPlan';
import { columnLetter } from '@shared/import/columnLabel';
import { cellText } from './cellText';

/** Step 1: which sheet, and which row holds the headers. */
export function SheetStep({ choices }: { choices: ImportChoices }) {
  const { outline: workbook, sheet, header } = choices;
  if (!header) return null;
  const headerRowNumber = header.headerRowIndex + 1;
  return (
    <section className="import-step" aria-labelledby="import-sheet-heading">
      <h3 id="import-sheet-heading">1. Sheet and header</h3>
      <div className="import-fields">
        <label className="stacked-field">
          Sheet
          <select value={choices.sheetIndex} onChange={(event) => choices.chooseSheet(Number(event.target.value))}>
            {workbook.sheets.map((candidate, index) => (
              <option key={index} value={index}>
                {candidate.hidden ? `${candidate.name} (hidden)` : candidate.name}
              </option>
            ))}
          </select>
        </label>
        <HeaderRowField
          key={choices.sheetIndex}
          rowNumber={headerRowNumber}
          rowCount={sheet.rowCount}
          onChange={choices.chooseHeaderRow}
        />
      </div>
      {workbook.textLayout && (
        <p className="muted">
          Read as {workbook.textLayout.encoding} text, columns separated by “
          {workbook.textLayout.delimiter === '\t' ? 'tab' : workbook.textLayout.delimiter}”.
        </p>
      )}
      {sheet.warnings.map((warning) => (
        <p key={warning} className="muted">
          {warning}
        </p>
      ))}
      {/* Focusable, as nothing in it is: the keyboard scrolls it sideways. */}
      <div className="import-table-scroll import-sheet-rows" role="region" aria-label="First rows of the sheet" tabIndex={0}>
        <table className="import-table import-sheet-table">
          <caption>
            <span className="import-caption-text">First rows of the sheet</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {Array.from({ length: sheet.columnCount }, (_, column) => (
                <th key={column} scope="col">
                  {columnLetter(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.firstRows.map((row, index) => (
              <tr key={index} className={index === header.headerRowIndex ? 'import-header-row' : undefined}>
                <th scope="row">{index + 1}</th>
                {row.map((cell, column) => {
                  const text = cellText(cell);
                  return (
                    <td key={column} title={text}>
                      <span className="import-cell-text">{text}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeaderList headers={header.headers} />
    </section>
  );
}

/** Beyond this many, the headers are left to the list of columns, which names each one and can be searched. */
const headersSpelledOut = 12;

function HeaderList({ headers }: { headers: readonly string[] }) {
  if (headers.length > headersSpelledOut) return <p>Headers: {headers.length} columns, each listed under “2. Columns”.</p>;
  return <p>Headers: {headers.map((text, column) => `${columnLetter(column)} “${text}”`).join(', ') || 'none found'}</p>;
}

/** Keeps what the analyst types until it is a row of the sheet, so the field can be cleared and retyped. */
function HeaderRowField(props: { rowNumber: number; rowCount: number; onChange(rowNumber: number): void }) {
  const [draft, setDraft] = useState(String(props.rowNumber));
  return (
    <label className="stacked-field">
      Header row
      <input
        type="number"
        min={1}
        max={Math.max(1, props.rowCount)}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          const rowNumber = Number(event.target.value);
          if (Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber <= props.rowCount && rowNumber !== props.rowNumber) {
            props.onChange(rowNumber);
          }
        }}
      />
    </label>
  );
}
