import type { Column } from '@tanstack/react-table';
import { Fragment, memo, type MouseEvent } from 'react';
import { listedItems } from '@shared/report/reportLookups';
import { cellText } from './columnMeta';

export interface DataTableRowProps<Row> {
  record: Row;
  id: string;
  /** Zero-based place in the table's order. */
  position: number;
  height: number;
  columns: Column<Row, unknown>[];
  selected: boolean;
  active: boolean;
  /** Shift and Ctrl/Cmd extend or toggle the selection, so the click comes with its modifier keys. */
  onClick: (id: string, event: MouseEvent<HTMLTableRowElement>) => void;
  onOpen: (id: string) => void;
  onContextMenu: (id: string, event: MouseEvent<HTMLTableRowElement>) => void;
  onToggleSelected: (id: string) => void;
}

function DataTableRowView<Row>(props: DataTableRowProps<Row>) {
  const { record, id, position, columns, selected } = props;
  return (
    <tr
      id={`row-${id}`}
      aria-rowindex={position + 2}
      aria-selected={selected}
      className={props.active ? 'active-row' : undefined}
      style={{ height: props.height }}
      onClick={(event) => props.onClick(id, event)}
      // Shift+Click extends the selection; without this it would also select the text between the two clicks.
      onMouseDown={(event) => {
        if (event.shiftKey) event.preventDefault();
      }}
      onDoubleClick={() => props.onOpen(id)}
      onContextMenu={(event) => props.onContextMenu(id, event)}
    >
      <td className="select-cell">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select row ${position + 1}`}
          checked={selected}
          onChange={() => props.onToggleSelected(id)}
          onClick={(event) => event.stopPropagation()}
        />
      </td>
      {/* Widths come from the header row: the table's layout is fixed. */}
      {columns.map((column) => (
        <td key={column.id} className={column.columnDef.meta?.align === 'end' ? 'numeric' : undefined}>
          {column.columnDef.meta?.listItems ? (
            <IsolatedList items={column.columnDef.meta.listItems(record)} />
          ) : (
            cellText(column.columnDef, record)
          )}
        </td>
      ))}
    </tr>
  );
}

/** Items joined as `listText` joins them, each isolated for bidirectional rendering. */
function IsolatedList({ items }: { items: readonly string[] }) {
  return listedItems(items).map((item, index) => (
    <Fragment key={index}>
      {index > 0 && '; '}
      <bdi>{item}</bdi>
    </Fragment>
  ));
}

/**
 * One row of a DataTable. Memoised: while the table scrolls, the rows already on screen keep their
 * props and are skipped, so a frame renders only the rows coming into view.
 */
export const DataTableRow = memo(DataTableRowView) as typeof DataTableRowView;
