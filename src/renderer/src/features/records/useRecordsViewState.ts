import { useState } from 'react';
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
  const [activeId, setActiveId] = useState<string>();
  const [selectedIds, setSelectedIds] = useState<Set<string>>(new Set());

  return {
    filter,
    setFilter,
    view,
    setView,
    activeId,
    setActiveId,
    selectedIds,
    setSelectedIds,
    applySavedView: (saved: SavedView) => {
      setFilter(saved.filter);
      setView(saved.view);
    },
  };
}
