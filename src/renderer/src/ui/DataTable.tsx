import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnSizingState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { cellText } from './columnMeta';

export interface TableViewState {
  sorting: SortingState;
  columnSizing: ColumnSizingState;
  columnVisibility: VisibilityState;
}

export interface DataTableProps<Row> {
  label: string;
  rows: Row[];
  columns: ColumnDef<Row, unknown>[];
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
 * rows standing in for what is scrolled away.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, columns, getRowId, view, onViewChange, activeId, onActivate, selectedIds, onSelectionChange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);

  const table = useReactTable({
    data: rows,
    columns,
    getRowId,
    defaultColumn: { cell: ({ column, row }) => cellText(column.columnDef, row.original) },
    state: view,
    columnResizeMode: 'onChange',
    enableSortingRemoval: true,
    onSortingChange: (updater) => onViewChange({ ...view, sorting: nextValue(updater, view.sorting) }),
    onColumnSizingChange: (updater) => onViewChange({ ...view, columnSizing: nextValue(updater, view.columnSizing) }),
    onColumnVisibilityChange: (updater) => onViewChange({ ...view, columnVisibility: nextValue(updater, view.columnVisibility) }),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const activeIndex = tableRows.findIndex((row) => row.id === activeId);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  function toggleSelected(id: string) {
    const next = new Set(selectedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectionChange(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (!tableRows.length) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 15, PageUp: -15 };
    if (event.key in moves) {
      const index = Math.min(tableRows.length - 1, Math.max(0, (activeIndex < 0 ? -1 : activeIndex) + moves[event.key]));
      onActivate(tableRows[index].id);
    } else if (event.key === 'Home') onActivate(tableRows[0].id);
    else if (event.key === 'End') onActivate(tableRows[tableRows.length - 1].id);
    else if (event.key === ' ' && activeId) toggleSelected(activeId);
    else if (event.key === 'Enter' && activeId) props.onOpen?.(activeId);
    else if ((event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) && activeId && props.onRowContextMenu) {
      const box = document.getElementById(`row-${activeId}`)?.getBoundingClientRect();
      props.onRowContextMenu(activeId, { x: box ? box.left + 40 : 0, y: box ? box.bottom : 0 });
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      onSelectionChange(new Set(tableRows.map((row) => row.id)));
    } else return;
    event.preventDefault();
  }

  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0);
  const visibleColumnCount = table.getVisibleLeafColumns().length + 1;
  const allSelected = tableRows.length > 0 && tableRows.every((row) => selectedIds.has(row.id));

  return (
    <div ref={scrollRef} className="data-table-scroll">
      <table
        className="data-table"
        role="grid"
        tabIndex={0}
        aria-label={`${props.label} table`}
        aria-multiselectable="true"
        aria-activedescendant={activeId && activeIndex >= 0 ? `row-${activeId}` : undefined}
        aria-rowcount={tableRows.length + 1}
        style={{ width: table.getTotalSize() + 36 }}
        onKeyDown={onKeyDown}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th className="select-cell" scope="col">
                <input
                  type="checkbox"
                  aria-label={`Select all ${tableRows.length} rows`}
                  checked={allSelected}
                  onChange={() => onSelectionChange(allSelected ? new Set() : new Set(tableRows.map((row) => row.id)))}
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
            const row = tableRows[virtualRow.index];
            const selected = selectedIds.has(row.id);
            return (
              <tr
                key={row.id}
                id={`row-${row.id}`}
                aria-rowindex={virtualRow.index + 2}
                aria-selected={selected}
                className={row.id === activeId ? 'active-row' : undefined}
                style={{ height: rowHeight }}
                onClick={() => onActivate(row.id)}
                onDoubleClick={() => props.onOpen?.(row.id)}
                onContextMenu={(event) => {
                  if (!props.onRowContextMenu) return;
                  event.preventDefault();
                  onActivate(row.id);
                  props.onRowContextMenu(row.id, { x: event.clientX, y: event.clientY });
                }}
              >
                <td className="select-cell">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={`Select row ${virtualRow.index + 1}`}
                    checked={selected}
                    onChange={() => toggleSelected(row.id)}
                    onClick={(event) => event.stopPropagation()}
                  />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    style={{ width: cell.column.getSize() }}
                    className={cell.column.columnDef.meta?.align === 'end' ? 'numeric' : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={visibleColumnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
      {tableRows.length === 0 && <p className="empty-table">{props.emptyMessage}</p>}
    </div>
  );
}
