import type { ColumnDef, SortingState, VisibilityState } from '@tanstack/react-table';
import { createContext, useContext, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { AnyRow } from '@shared/model/tableRows';
import type { SectionTable } from '../records/sections';

/** The table on screen as the analyst has narrowed it, for exports of "what I am looking at". */
export interface CurrentView {
  table: SectionTable;
  label: string;
  /** The rows that pass the filters, in the table's order. */
  rows: AnyRow[];
  totalRows: number;
  columns: ColumnDef<AnyRow, unknown>[];
  visibility: VisibilityState;
  sorting: SortingState;
  /** The filters in force, one line each, in words. */
  filterLines: string[];
}

const CurrentViewContext = createContext<RefObject<CurrentView | null> | null>(null);

/** A ref rather than state: the view changes on every keystroke in a filter, and only an export reads it. */
export function CurrentViewProvider({ children }: { children: ReactNode }) {
  const ref = useRef<CurrentView | null>(null);
  return <CurrentViewContext.Provider value={ref}>{children}</CurrentViewContext.Provider>;
}

function useCurrentViewRef(): RefObject<CurrentView | null> {
  const ref = useContext(CurrentViewContext);
  if (!ref) throw new Error('useCurrentView needs a CurrentViewProvider above it');
  return ref;
}

/** Called by the table on screen with its view, which stays current until the table goes. */
export function useShareCurrentView(view: CurrentView): void {
  const ref = useCurrentViewRef();
  useEffect(() => {
    ref.current = view;
    return () => {
      if (ref.current === view) ref.current = null;
    };
  }, [ref, view]);
}

/** Reads the view on screen at the moment of asking; null when no table is shown. */
export function useCurrentView(): () => CurrentView | null {
  const ref = useCurrentViewRef();
  return () => ref.current;
}
