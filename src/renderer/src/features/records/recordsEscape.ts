import type { KeyboardEvent } from 'react';

interface RecordsEscapeState {
  detailShown: boolean;
  hideDetail: () => void;
  hasSelection: boolean;
  clearSelection: () => void;
}

/**
 * Escape in the table or the detail pane steps back one layer at a time: the first closes the pane and
 * puts focus on the active row, the next clears the selection. Escape anywhere else (a dialog, a menu,
 * a picker that already used it) is left alone.
 */
export function onRecordsEscape(event: KeyboardEvent<HTMLElement>, state: RecordsEscapeState): void {
  if (event.key !== 'Escape' || event.defaultPrevented || !(event.target instanceof Element)) return;
  const table = event.currentTarget.querySelector<HTMLElement>('[role="grid"]');
  const inTable = table?.contains(event.target);
  // The pane's frame holds its resizer too.
  const inDetail = event.target.closest('.detail-pane-frame, aside, [role="complementary"]') !== null;
  if (!inTable && !inDetail) return;
  if (state.detailShown) closeDetail(event.currentTarget, state.hideDetail);
  else if (state.hasSelection) state.clearSelection();
  else return;
  event.preventDefault();
}

/** Closes the detail pane with focus on the table's active row: moved before the pane goes, so it never falls to the page's body. */
export function closeDetail(recordsView: Element, hideDetail: () => void): void {
  recordsView.querySelector<HTMLElement>('[role="grid"]')?.focus();
  hideDetail();
}
