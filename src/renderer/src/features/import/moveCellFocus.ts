import type { KeyboardEvent } from 'react';

/**
 * Arrow keys, Home and End move the focus from cell to cell of a table body, as in a spreadsheet.
 * The preview cuts long values to one line and shows the focused cell's value whole, so this is how
 * a keyboard reads a row without a tab stop in every cell.
 */
export function moveCellFocus(event: KeyboardEvent<HTMLTableSectionElement>): void {
  // Keys pressed in a cell's own field or checkbox belong to it.
  if (!(event.target instanceof HTMLTableCellElement)) return;
  const cell = event.target;
  const row = cell.parentElement;
  if (!(row instanceof HTMLTableRowElement)) return;
  let rowIndex = row.sectionRowIndex;
  let cellIndex = cell.cellIndex;
  switch (event.key) {
    case 'ArrowUp':
      rowIndex -= 1;
      break;
    case 'ArrowDown':
      rowIndex += 1;
      break;
    case 'ArrowLeft':
      cellIndex -= 1;
      break;
    case 'ArrowRight':
      cellIndex += 1;
      break;
    case 'Home':
      cellIndex = 0;
      break;
    case 'End':
      cellIndex = row.cells.length - 1;
      break;
    default:
      return;
  }
  const next = event.currentTarget.rows[rowIndex]?.cells[cellIndex];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
