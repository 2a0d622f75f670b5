import type { Locator } from '@playwright/test';

export interface VisibleTable {
  /** Data rows wholly inside the table's scrolling box and the window. */
  rows: number;
  /** Headers of the columns wholly in view: inside the box and the window, and not under the detail pane. */
  columns: string[];
}

/**
 * What of a table an analyst actually sees: rows and columns cut by the table's own scrolling box,
 * the window, or a detail pane lying over it count as hidden.
 */
export async function visibleTable(grid: Locator, pane: Locator | null): Promise<VisibleTable> {
  const paneLeft = pane && (await pane.count()) ? (await pane.boundingBox())!.x : Number.POSITIVE_INFINITY;
  return grid.evaluate((table, coveredFrom) => {
    const scroller = table.closest('.data-table-scroll') ?? table;
    const box = scroller.getBoundingClientRect();
    const left = Math.max(box.left + scroller.clientLeft, 0);
    const right = Math.min(box.left + scroller.clientLeft + scroller.clientWidth, window.innerWidth, coveredFrom);
    const top = Math.max(box.top + scroller.clientTop, 0);
    const bottom = Math.min(box.top + scroller.clientTop + scroller.clientHeight, window.innerHeight);
    const header = table.querySelector('thead')!.getBoundingClientRect();
    const rows = [...table.querySelectorAll('tbody tr[id^="row-"]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      // Rows scrolled under the sticky header are hidden by it.
      return rect.top >= Math.max(top, header.bottom) - 0.5 && rect.bottom <= bottom + 0.5;
    }).length;
    const columns = [...table.querySelectorAll('thead th')]
      .filter((cell) => cell.textContent?.trim())
      .filter((cell) => {
        const rect = cell.getBoundingClientRect();
        return rect.left >= left - 0.5 && rect.right <= right + 0.5;
      })
      .map((cell) => cell.textContent!.replace(/[▲▼]/g, '').trim());
    return { rows, columns };
  }, paneLeft);
}

/** The box the table scrolls in, which the layout sizes; the table itself is as wide as its columns. */
export async function tableFrame(grid: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  return grid.evaluate((table) => {
    const { x, y, width, height } = (table.closest('.data-table-scroll') ?? table).getBoundingClientRect();
    return { x, y, width, height };
  });
}
