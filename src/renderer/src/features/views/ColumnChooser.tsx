import type { ColumnDef, VisibilityState } from '@tanstack/react-table';

interface ColumnChooserProps<Row> {
  columns: ColumnDef<Row, unknown>[];
  visibility: VisibilityState;
  onChange: (visibility: VisibilityState) => void;
}

/** Shows or hides columns; at least one column always stays visible. */
export function ColumnChooser<Row>({ columns, visibility, onChange }: ColumnChooserProps<Row>) {
  const visibleCount = columns.filter((column) => visibility[column.id!] !== false).length;
  return (
    <details className="popover">
      <summary>Columns</summary>
      <fieldset className="popover-panel">
        <legend>Visible columns</legend>
        {columns.map((column) => {
          const visible = visibility[column.id!] !== false;
          return (
            <label key={column.id} className="filter-check">
              <input
                type="checkbox"
                checked={visible}
                disabled={visible && visibleCount === 1}
                onChange={() => onChange({ ...visibility, [column.id!]: !visible })}
              />
              {String(column.header)}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
