// A screen change or an opened record reaches the table a render or two later; a few seconds of frames
// covers a store still being read, and then the attempt is given up rather than left running.
const framesToWait = 180;

/** The records table shown in the main area, if any. */
export function recordsTable(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main [role="grid"]');
}

/**
 * Focuses the records table once it is in the page and, when `rowId` is given, once that row is its
 * active row, so the analyst's next arrow key or Enter acts on the record just opened or saved.
 */
export function focusRecordsTableWhenShown(rowId?: string): void {
  let frames = 0;
  const attempt = () => {
    const table = recordsTable();
    const ready = table && (rowId === undefined || table.getAttribute('aria-activedescendant') === `row-${rowId}`);
    if (ready) table.focus();
    else if (++frames < framesToWait) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
