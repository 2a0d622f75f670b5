import { useEffect } from 'react';
import { recordsTable } from './focusRecordsTable';

interface Region {
  element: HTMLElement;
  /** Where focus lands on arriving in the region. */
  landing: () => HTMLElement | null;
}

const focusable = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], [tabindex="0"]';

function firstFocusable(within: Element): HTMLElement | null {
  return within.querySelector<HTMLElement>(focusable);
}

/**
 * The regions F6 visits, in order: the sidebar, the filter bar, the table and the detail pane, as the page
 * has them now. A chart screen has no filter bar or table, so its main area stands in for them.
 */
function regionsInPage(): Region[] {
  const regions: Region[] = [];
  const sidebar = document.querySelector<HTMLElement>('.sidebar');
  if (sidebar)
    regions.push({
      element: sidebar,
      landing: () => sidebar.querySelector<HTMLElement>('[aria-current="page"]') ?? firstFocusable(sidebar),
    });
  const filters = document.querySelector<HTMLElement>('main [role="search"]');
  if (filters) regions.push({ element: filters, landing: () => firstFocusable(filters) });
  const table = recordsTable();
  if (table) regions.push({ element: table, landing: () => table });
  const detail = document.querySelector<HTMLElement>('main aside, main [role="complementary"]');
  // The pane's own actions (Edit…, Annotate…) rather than its close button.
  if (detail)
    regions.push({
      element: detail,
      landing: () => detail.querySelector<HTMLElement>('.detail-actions button') ?? firstFocusable(detail),
    });
  const main = document.querySelector<HTMLElement>('main');
  if (main && !filters && !table) regions.push({ element: main, landing: () => firstFocusable(main) });
  return regions;
}

/**
 * F6 and Shift+F6 move focus between the window's regions, as in desktop mail and office programs,
 * so a keyboard user crosses the sidebar or a long filter bar in one keystroke instead of many Tabs.
 * A modal dialog keeps focus to itself, so F6 does nothing while one is open.
 */
export function useRegionCycling(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const regions = regionsInPage();
      if (!regions.length) return;
      event.preventDefault();
      const focused = document.activeElement;
      const current = regions.findIndex((region) => focused instanceof Node && region.element.contains(focused));
      const step = event.shiftKey ? -1 : 1;
      const next = current < 0 ? (event.shiftKey ? regions.length - 1 : 0) : (current + step + regions.length) % regions.length;
      const target = regions[next];
      (target.landing() ?? target.element).focus();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
