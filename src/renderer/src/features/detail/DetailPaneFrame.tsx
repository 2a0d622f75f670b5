import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useResizablePane } from './useResizablePane';
import './detailPane.css';

/**
 * Holds the detail pane at the width the analyst chose, with the separator that resizes it. In a wide
 * window it sits beside the table; below 1200 px it lies over the table's right part (detailPane.css),
 * so the table keeps its rows and columns where they were, and starts at the table's top, so the
 * filters and the table's buttons above stay in reach.
 */
export function DetailPaneFrame({ children }: { children: ReactNode }) {
  const { width, separator } = useResizablePane();
  const ref = useRef<HTMLDivElement>(null);

  // Measured on every render: a bar of bulk actions shown above the table moves the table down.
  useLayoutEffect(() => {
    const frame = ref.current;
    const view = frame?.parentElement;
    const table = view?.querySelector('.data-table-scroll');
    if (!frame || !view || !table) return;
    const top = table.getBoundingClientRect().top - view.getBoundingClientRect().top;
    frame.style.setProperty('--overlay-top', `${Math.max(0, Math.round(top))}px`);
  });

  return (
    <div ref={ref} className="detail-pane-frame" style={{ width }}>
      <div className="detail-pane-resizer" aria-label="Resize the detail pane" {...separator} />
      {children}
    </div>
  );
}
