import { formatGroupedNumber } from '@shared/values/numberFormat';
import type { ColumnDef } from '@tanstack/react-table';
import { Suspense, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import type { AnnotatableTable, Annotation } from '@shared/model/annotation';
import { labelOf } from '@shared/model/labels';
import { recordLabels } from '@shared/model/recordLabels';
import { recordTitle } from '@shared/model/recordTitle';
import type { AnyRow } from '@shared/model/tableRows';
import { useStore } from '../../db/storeContext';
import { ContextMenu } from '../../ui/ContextMenu';
import { DataTable } from '../../ui/DataTable';
import { sortedLikeTable } from '../../ui/sortRows';
import { useNotices } from '../../ui/Notices';
import { AnnotationDialog, type AnnotationTarget } from '../annotations/AnnotationDialog';
import { BulkActionBar } from '../bulk/BulkActionBar';
import { selectionAsTabSeparated } from '../bulk/selectionExport';
import { DetailPaneFrame } from '../detail/DetailPaneFrame';
import { RecordDetailOf } from '../detail/RecordDetail';
import { buildFilterContext, rowTextFor } from '../filters/filterContext';
import { keptRowTextSearch, RowTextSearch } from '../filters/rowTextSearch';
import { describeFilter } from '../filters/describeFilter';
import { FilterBar } from '../filters/FilterBar';
import { useShareCurrentView, type CurrentView } from '../export/currentView';
import { emptyFilter, facetsByTable, filterRows, type RecordFilter } from '../filters/recordFilter';
import { ColumnChooser } from '../views/ColumnChooser';
import { SavedViewsMenu } from '../views/SavedViewsMenu';
import { runInIdleTurns } from '../../ui/idleTurns';
import { useTableIndex } from './liveRecords';
import { recordNameOf } from './recordNames';
import { annotationCountsOf, type Section } from './sections';
import { useRecordsViewState } from './useRecordsViewState';
import { closeDetail, onRecordsEscape } from './recordsEscape';

interface RecordsViewProps {
  section: Section;
  /** Opens the form for a new record; absent for annotations, which are made on other records. */
  onCreate?: () => void;
  /** Opens the record's form; absent for annotations, which edit in their own dialog here. */
  onEdit?: (id: string) => void;
  /** A record to select and show, e.g. chosen in global search; a new object each time. */
  openRequest?: { id: string };
  /** Filters to apply, e.g. from a click on a dashboard chart; a new object each time. */
  filterRequest?: { filter: Partial<RecordFilter> };
}

const recordId = (record: AnyRow) => record.id;

/** One record kind as a filtered table with a detail pane beside it. */
export function RecordsView({ section, onCreate, onEdit, openRequest, filterRequest }: RecordsViewProps) {
  const index = useTableIndex();
  const { data } = useStore();
  const { notify } = useNotices();
  const state = useRecordsViewState(section.table);
  const [annotating, setAnnotating] = useState<AnnotationTarget[]>();
  const [menu, setMenu] = useState<{ id: string; x: number; y: number }>();
  const { setActiveId, setFilter } = state;
  useEffect(() => {
    if (!openRequest) return;
    // Filters must not hide the record that was asked for.
    setFilter(emptyFilter);
    setActiveId(openRequest.id);
  }, [openRequest, setActiveId, setFilter]);
  useEffect(() => {
    if (!filterRequest) return;
    setFilter({ ...emptyFilter, ...filterRequest.filter });
    setActiveId(undefined);
  }, [filterRequest, setActiveId, setFilter]);
  const [editingAnnotation, setEditingAnnotation] = useState<Annotation>();
  const edit = (id: string) => {
    if (onEdit) return onEdit(id);
    const record = index.byId.get(id);
    if (record && 'targetTable' in record) setEditingAnnotation(record);
  };

  const annotationCounts = useMemo(() => annotationCountsOf(index), [index]);
  const columns = useMemo(
    () => section.columns(index, annotationCounts) as ColumnDef<AnyRow, unknown>[],
    [section, index, annotationCounts],
  );
  const allRows = index.all[section.table] as AnyRow[];
  const { columnVisibility, sorting } = state.view;
  // Sorted once per store change or sort, then filtered in that order on each keystroke: filtering
  // keeps the order, so the filtered rows never need sorting again.
  const sortedRows = useMemo(() => sortedLikeTable(allRows, columns, sorting), [allRows, columns, sorting]);
  // The rows' texts are cached here, for as long as the columns last, not rebuilt per keystroke.
  const filterContext = useMemo(
    () => buildFilterContext(index, annotationCounts, rowTextFor(columns)),
    [index, annotationCounts, columns],
  );
  // Built in idle time, so the first keystroke finds the texts ready instead of building 100,000 rows' texts itself.
  const rowTexts = useMemo(
    () =>
      keptRowTextSearch(index, section.table, JSON.stringify(sorting), () => new RowTextSearch(sortedRows, filterContext.textOf)),
    [index, section.table, sorting, sortedRows, filterContext],
  );
  useEffect(() => runInIdleTurns(rowTexts.buildSteps(), () => undefined), [rowTexts]);
  const rows = useMemo(
    () => filterRows(sortedRows, state.filter, filterContext, rowTexts),
    [sortedRows, state.filter, filterContext, rowTexts],
  );

  const filterLines = useMemo(() => describeFilter(state.filter, (id) => recordNameOf(index, id)), [state.filter, index]);
  const currentView = useMemo<CurrentView>(
    () => ({
      table: section.table,
      label: section.label,
      rows,
      totalRows: allRows.length,
      columns,
      visibility: columnVisibility,
      sorting,
      filterLines,
    }),
    [section, rows, allRows, columns, columnVisibility, sorting, filterLines],
  );
  useShareCurrentView(currentView);

  // Most of the time nothing is selected, and a pass over 100,000 rows per keystroke is then wasted.
  const selected = useMemo(
    () => (state.selectedIds.size ? rows.filter((record) => state.selectedIds.has(record.id)) : []),
    [rows, state.selectedIds],
  );
  const active = state.activeId ? index.byId.get(state.activeId) : undefined;
  const annotatable = section.table !== 'annotations';
  const targetOf = (record: AnyRow): AnnotationTarget => ({
    table: section.table as AnnotatableTable,
    id: record.id,
    title: recordTitle(record),
  });

  function onCopy(event: ClipboardEvent) {
    // Text selected inside a cell or field copies as usual; otherwise the chosen rows are copied.
    if (window.getSelection()?.toString()) return;
    const chosen = selected.length ? selected : active ? [active] : [];
    if (!chosen.length) return;
    event.clipboardData.setData('text/plain', selectionAsTabSeparated(columns, state.view.columnVisibility, chosen));
    event.preventDefault();
  }

  function menuItems(record: AnyRow) {
    const toggle = async () => {
      const result =
        record.deletedAt === null ? await data.remove(section.table, record.id) : await data.restore(section.table, record.id);
      if (!result.ok) notify('error', result.error.message);
    };
    return [
      { label: 'Open details', run: () => state.setActiveId(record.id) },
      { label: 'Edit…', run: () => edit(record.id) },
      ...(annotatable ? [{ label: 'Annotate…', run: () => setAnnotating([targetOf(record)]) }] : []),
      {
        label: 'Copy row',
        run: () => void navigator.clipboard.writeText(selectionAsTabSeparated(columns, state.view.columnVisibility, [record])),
      },
      { label: record.deletedAt === null ? 'Delete' : 'Restore', run: () => void toggle(), danger: record.deletedAt === null },
    ];
  }

  const menuRecord = menu ? index.byId.get(menu.id) : undefined;
  const recordsViewRef = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={recordsViewRef}
      className="records-view"
      onCopy={onCopy}
      onKeyDown={(event) =>
        onRecordsEscape(event, {
          detailShown: active !== undefined && !state.detailHidden,
          hideDetail: state.hideDetail,
          hasSelection: state.selectedIds.size > 0,
          clearSelection: () => state.setSelectedIds(new Set()),
        })
      }
    >
      <div className="records-main">
        <div className="records-header">
          <h2>{section.label}</h2>
          <span className="record-count">
            {rows.length === allRows.length
              ? `${formatGroupedNumber(rows.length, 0)} records`
              : `${formatGroupedNumber(rows.length, 0)} of ${formatGroupedNumber(allRows.length, 0)} records`}
          </span>
          <div className="records-tools">
            {onCreate && (
              <button type="button" className="primary" onClick={onCreate}>
                New {recordLabels[section.table].one}
              </button>
            )}
            <SavedViewsMenu
              table={section.table}
              current={{ filter: state.filter, view: state.view }}
              onApply={state.applySavedView}
            />
            <ColumnChooser
              columns={columns}
              visibility={state.view.columnVisibility}
              onChange={(columnVisibility) => state.setView({ ...state.view, columnVisibility })}
            />
          </div>
        </div>
        <FilterBar
          label={section.label}
          facets={facetsByTable[section.table]}
          rows={allRows}
          index={index}
          filter={state.filter}
          onChange={state.setFilter}
        />
        {selected.length > 0 && (
          <BulkActionBar
            table={section.table}
            label={section.label}
            selected={selected}
            columns={columns}
            visibility={state.view.columnVisibility}
            onAnnotate={() => setAnnotating(selected.map(targetOf))}
            onClear={() => state.setSelectedIds(new Set())}
          />
        )}
        <DataTable
          label={section.label}
          rows={rows}
          columns={columns}
          getRowId={recordId}
          view={state.view}
          onViewChange={state.setView}
          activeId={state.activeId}
          onActivate={state.setActiveId}
          selectedIds={state.selectedIds}
          onSelectionChange={state.setSelectedIds}
          onOpen={edit}
          onRowContextMenu={(id, position) => setMenu({ id, ...position })}
          emptyMessage={allRows.length ? 'No records match these filters.' : `No ${section.label.toLowerCase()} yet.`}
        />
      </div>
      {active && !state.detailHidden && (
        <DetailPaneFrame>
          <Suspense
            fallback={
              <aside className="detail-pane" aria-busy="true" aria-label={`Details of ${recordTitle(active)}`}>
                <header className="detail-header">
                  <div>
                    <p className="detail-kind">{labelOf(recordLabels[section.table].one)}</p>
                    <h2>{recordTitle(active)}</h2>
                  </div>
                </header>
                <p className="muted">Reading the deals…</p>
              </aside>
            }
          >
            <RecordDetailOf
              table={section.table}
              id={active.id}
              onClose={() => recordsViewRef.current && closeDetail(recordsViewRef.current, state.hideDetail)}
              onEdit={() => edit(active.id)}
              onAnnotate={annotatable ? () => setAnnotating([targetOf(active)]) : undefined}
            />
          </Suspense>
        </DetailPaneFrame>
      )}
      {annotating && <AnnotationDialog targets={annotating} onClose={() => setAnnotating(undefined)} />}
      {editingAnnotation && (
        <AnnotationDialog targets={[]} existing={editingAnnotation} onClose={() => setEditingAnnotation(undefined)} />
      )}
      {menu && menuRecord && (
        <ContextMenu
          label={`Actions for ${recordTitle(menuRecord)}`}
          x={menu.x}
          y={menu.y}
          items={menuItems(menuRecord)}
          onClose={() => setMenu(undefined)}
        />
      )}
    </div>
  );
}
