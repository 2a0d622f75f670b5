import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { TableViewState } from '@shared/model/savedView';
import { DataTableRow } from './DataTableRow';
import { useRangeSelection } from './useRangeSelection';
import './dataTableFocus.css';

// Its schema is in the shared model, since saved views keep it in the store's settings.
export type { TableViewState };

export interface DataTableProps<Row> {
  label: string;
  /** In the order shown: the caller sorts them as `view.sorting` says (`sortedLikeTable`), once, before filtering. */
  rows: Row[];
  columns: ColumnDef<Row, unknown>[];
  /** A function that keeps its identity between renders (not an inline arrow): the active row is looked up with it. */
  getRowId: (row: Row) => string;
  view: TableViewState;
  onViewChange: (view: TableViewState) => void;
  activeId: string | undefined;
  onActivate: (id: string) => void;
  selectedIds: ReadonlySet<string>;
  onSelectionChange: (ids: Set<string>) => void;
  onOpen?: (id: string) => void;
  onRowContextMenu?: (id: string, position: { x: number; y: number }) => void;
  emptyMessage: string;
}

const rowHeight = 34;

function nextValue<T>(updater: T | ((old: T) => T), old: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;
}

/**
 * A sortable, resizable, virtualised table: only the rows in view are in the DOM, so 100,000
 * records scroll as smoothly as twenty. It stays a real <table> for screen readers, with spacer
 * rows standing in for what is scrolled away. TanStack Table keeps the columns, their sizes and
 * the sort state; it builds no row model, because sorting is the caller's (once per sort, not per
 * filter keystroke) and a row model of every record would be rebuilt on each keystroke.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, columns, getRowId, view, onViewChange, activeId, onActivate, selectedIds, onSelectionChange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);

  const table = useReactTable({
    data: rows,
    columns,
    getRowId,
    state: view,
    columnResizeMode: 'onChange',
    enableSortingRemoval: true,
    manualSorting: true,
    onSortingChange: (updater) => onViewChange({ ...view, sorting: nextValue(updater, view.sorting) }),
    onColumnSizingChange: (updater) => onViewChange({ ...view, columnSizing: nextValue(updater, view.columnSizing) }),
    onColumnVisibilityChange: (updater) => onViewChange({ ...view, columnVisibility: nextValue(updater, view.columnVisibility) }),
    getCoreRowModel: getCoreRowModel(),
  });

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows beyond the screen cost a render and a layout on every frame of a fast scroll, where every row
    // on screen is new; a few cover a keypress or a slow scroll.
    overscan: 3,
  });
  // Looked up once per change of rows or active row, not on every scroll frame.
  const activeIndex = useMemo(
    () => (activeId === undefined ? -1 : rows.findIndex((row) => getRowId(row) === activeId)),
    [rows, activeId, getRowId],
  );
  const allSelected = useMemo(
    () => rows.length > 0 && rows.every((row) => selectedIds.has(getRowId(row))),
    [rows, selectedIds, getRowId],
  );

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  // Its callbacks are stable while the table scrolls, so the memoised rows already on screen are not rendered again.
  const selection = useRangeSelection({ rows, getRowId, activeId, selectedIds, onSelectionChange, onActivate });
  const { onOpen, onRowContextMenu } = props;
  const openRow = useCallback((id: string) => onOpen?.(id), [onOpen]);
  const showRowMenu = useCallback(
    (id: string, event: MouseEvent<HTMLTableRowElement>) => {
      if (!onRowContextMenu) return;
      event.preventDefault();
      onActivate(id);
      onRowContextMenu(id, { x: event.clientX, y: event.clientY });
    },
    [onActivate, onRowContextMenu],
  );

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (!rows.length) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 15, PageUp: -15 };
    const goTo = event.shiftKey ? selection.extendTo : selection.moveTo;
    if (event.key in moves) {
      const index = Math.min(rows.length - 1, Math.max(0, (activeIndex < 0 ? -1 : activeIndex) + moves[event.key]));
      goTo(getRowId(rows[index]));
    } else if (event.key === 'Home') goTo(getRowId(rows[0]));
    else if (event.key === 'End') goTo(getRowId(rows[rows.length - 1]));
    else if (event.key === ' ' && activeId) selection.toggle(activeId);
    else if (event.key === 'Enter' && activeId) onOpen?.(activeId);
    else if ((event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) && activeId && onRowContextMenu) {
      const box = document.getElementById(`row-${activeId}`)?.getBoundingClientRect();
      onRowContextMenu(activeId, { x: box ? box.left + 40 : 0, y: box ? box.bottom : 0 });
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      onSelectionChange(new Set(rows.map(getRowId)));
    } else return;
    event.preventDefault();
  }

  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  const visibleColumns = table.getVisibleLeafColumns();
  const visibleColumnCount = visibleColumns.length + 1;

  return (
    <div ref={scrollRef} className="data-table-scroll">
      <table
        className="data-table"
        role="grid"
        tabIndex={0}
        aria-label={`${props.label} table`}
        aria-multiselectable="true"
        aria-activedescendant={activeId && activeIndex >= 0 ? `row-${activeId}` : undefined}
        aria-rowcount={rows.length + 1}
        style={{ width: table.getTotalSize() + 36 }}
        onKeyDown={onKeyDown}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th className="select-cell" scope="col">
                <input
                  type="checkbox"
                  aria-label={`Select all ${rows.length} rows`}
                  checked={allSelected}
                  onChange={() => onSelectionChange(allSelected ? new Set() : new Set(rows.map(getRowId)))}
                />
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    style={{ width: header.getSize() }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                    <div
                      className="column-resizer"
                      role="separator"
                      aria-orientation="vertical"
                      aria-label={`Resize ${String(header.column.columnDef.header)} column`}
                      onMouseDown={header.getResizeHandler()}
                      onDoubleClick={() => header.column.resetSize()}
                    />
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={visibleColumnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {virtualRows.map((virtualRow) => {
            const record = rows[virtualRow.index];
            const id = getRowId(record);
            return (
              <DataTableRow
                // Keyed by slot on screen, not by record: a row scrolled in takes over the elements of
                // one scrolled out and only its texts change. A fast scroll brings a screen of new rows
                // every frame, and creating and removing every cell's element was a third of a frame.
                key={virtualRow.index % virtualRows.length}
                record={record}
                id={id}
                position={virtualRow.index}
                height={rowHeight}
                columns={visibleColumns}
                selected={selectedIds.has(id)}
                active={id === activeId}
                onClick={selection.clickRow}
                onOpen={openRow}
                onContextMenu={showRowMenu}
                onToggleSelected={selection.toggle}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={visibleColumnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty-table">{props.emptyMessage}</p>}
    </div>
  );
}
