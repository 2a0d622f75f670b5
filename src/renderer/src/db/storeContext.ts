import { createContext, useContext } from 'react';
import type { ChangeUndoStack } from './changeUndoStack';
import type { DataLayer } from './dataLayer';
import type { SilkLedgerDatabase } from './database';

export interface Store {
  db: SilkLedgerDatabase;
  data: DataLayer;
  changes: ChangeUndoStack;
}

export const StoreContext = createContext<Store | undefined>(undefined);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside <StoreProvider>');
  return store;
}
