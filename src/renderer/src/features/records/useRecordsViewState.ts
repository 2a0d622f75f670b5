import { useCallback, useState } from 'react';
import type { TableViewState } from '../../ui/DataTable';
import { emptyFilter, type RecordFilter } from '../filters/recordFilter';
import type { SavedView } from '../views/savedViews';
import type { SectionTable } from './sections';

const chronological: Partial<Record<SectionTable, TableViewState['sorting']>> = {
  deals: [{ id: 'date', desc: false }],
  events: [{ id: 'date', desc: false }],
};

/** A table's filters, sorting, column sizes and visibility, and its selection. */
export function useRecordsViewState(table: SectionTable) {
  const [filter, setFilter] = useState<RecordFilter>(emptyFilter);
  const [view, setView] = useState<TableViewState>({
    sorting: chronological[table] ?? [],
    columnSizing: {},
    columnVisibility: {},
  });
  const [activeId, setActiveIdState] = useState<string>();
  // Escape hides the detail pane but keeps the active row; choosing a row again, by click, key or
  // request, shows its details again.
  const [detailHidden, setDetailHidden] = useState(false);
  const setActiveId = useCallback((id: string | undefined) => {
    setDetailHidden(false);
    setActiveIdState(id);
  }, []);
  const hideDetail = useCallback(() => setDetailHidden(true), []);
  const [selectedIds, setSelectedIds] = useState<Set<string>>(new Set());

  return {
    filter,
    setFilter,
    view,
    setView,
    activeId,
    setActiveId,
    detailHidden,
    hideDetail,
    selectedIds,
    setSelectedIds,
    applySavedView: (saved: SavedView) => {
      setFilter(saved.filter);
      setView(saved.view);
    },
  };
}
