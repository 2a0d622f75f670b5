import { useCallback, useRef, type MouseEvent } from 'react';
import { rangeSelection } from './rangeSelection';

interface RangeSelectionOptions<Row> {
  rows: Row[];
  getRowId: (row: Row) => string;
  activeId: string | undefined;
  selectedIds: ReadonlySet<string>;
  onSelectionChange: (ids: Set<string>) => void;
  onActivate: (id: string) => void;
}

/**
 * Selection the way spreadsheets and file managers do it: a plain move or click sets the anchor,
 * Shift extends a range from the anchor to the row, Ctrl/Cmd+Click (or Space) toggles one row.
 */
export function useRangeSelection<Row>(options: RangeSelectionOptions<Row>) {
  const { rows, getRowId, activeId, selectedIds, onSelectionChange, onActivate } = options;
  const anchor = useRef<{ id: string; selectedBefore: ReadonlySet<string> } | null>(null);

  const moveTo = useCallback(
    (id: string) => {
      anchor.current = { id, selectedBefore: selectedIds };
      onActivate(id);
    },
    [selectedIds, onActivate],
  );

  const extendTo = useCallback(
    (id: string) => {
      // With no anchor yet, the range starts at the active row.
      const start = anchor.current ?? { id: activeId ?? id, selectedBefore: selectedIds };
      anchor.current = start;
      onSelectionChange(rangeSelection(rows.map(getRowId), start.id, id, start.selectedBefore));
      onActivate(id);
    },
    [rows, getRowId, activeId, selectedIds, onSelectionChange, onActivate],
  );

  const toggle = useCallback(
    (id: string) => {
      const next = new Set(selectedIds);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      anchor.current = { id, selectedBefore: next };
      onSelectionChange(next);
    },
    [selectedIds, onSelectionChange],
  );

  const clickRow = useCallback(
    (id: string, event: MouseEvent) => {
      if (event.shiftKey) return extendTo(id);
      if (event.ctrlKey || event.metaKey) {
        toggle(id);
        return onActivate(id);
      }
      moveTo(id);
    },
    [extendTo, toggle, moveTo, onActivate],
  );

  return { moveTo, extendTo, toggle, clickRow };
}
