import { useMemo, useState } from 'react';
import type { AnyRecord } from '@shared/model/tables';
import { DataTable, type TableViewState } from '../../ui/DataTable';
import { RecordDetail } from '../detail/RecordDetail';
import { useRecords } from './liveRecords';
import { annotationCountsOf, type Section } from './sections';

const emptyView: TableViewState = { sorting: [], columnSizing: {}, columnVisibility: {} };

/** One record kind as a table with a detail pane beside it. */
export function RecordsView({ section }: { section: Section }) {
  const index = useRecords();
  const [view, setView] = useState<TableViewState>(emptyView);
  const [activeId, setActiveId] = useState<string>();
  const [selectedIds, setSelectedIds] = useState<Set<string>>(new Set());

  const rows = index.active[section.table] as AnyRecord[];
  const columns = useMemo(() => section.columns(index, annotationCountsOf(index)), [section, index]);
  const active = activeId ? index.byId.get(activeId) : undefined;

  return (
    <div className="records-view">
      <div className="records-main">
        <div className="records-header">
          <h2>{section.label}</h2>
          <span className="record-count">{rows.length.toLocaleString('en-US')} records</span>
        </div>
        <DataTable
          label={section.label}
          rows={rows}
          columns={columns as never}
          getRowId={(record) => record.id}
          view={view}
          onViewChange={setView}
          activeId={activeId}
          onActivate={setActiveId}
          selectedIds={selectedIds}
          onSelectionChange={setSelectedIds}
          emptyMessage={`No ${section.label.toLowerCase()} yet.`}
        />
      </div>
      {active && <RecordDetail table={section.table} record={active} onClose={() => setActiveId(undefined)} />}
    </div>
  );
}
