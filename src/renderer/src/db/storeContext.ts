import { createContext, useContext } from 'react';
import type { ChangeUndoStack } from './changeUndoStack';
import type { DataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';

export interface Store {
  db: SilkLedgerDatabase;
  data: DataLayer;
  changes: ChangeUndoStack;
  /** The analyst's name as the settings hold it now: what changes, annotations and backups are signed with. */
  analystName: () => string;
  /**
   * The screen the window showed last, read while the store opened so the first render shows it
   * rather than the Dashboard for a moment; not kept current after that.
   */
  lastScreen: string | undefined;
}

export const StoreContext = createContext<Store | undefined>(undefined);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside <StoreProvider>');
  return store;
}
