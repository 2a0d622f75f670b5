import { useEffect, useState, type ReactNode } from 'react';
import { readAnalystName } from './analystName';
import { ChangeUndoStack } from './changeUndoStack';
import { createDataLayer } from './dataLayer';
import { SilkLedgerDatabase } from './database';
import { ensureDefaultDataset } from './defaultDataset';
import { StoreContext, type Store } from './storeContext';

/** The default dataset's module, fetched only for a store that has never held records. */
const loadDefaultDataset = () => import('./defaultDatasetFile').then((module) => module.defaultDataset());

type OpenState = { status: 'opening' } | { status: 'open'; store: Store } | { status: 'failed'; message: string };

function describeOpenError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'VersionError') {
    return 'This store was written by a newer version of Silk Ledger. Update the app to open it; nothing has been changed.';
  }
  if (name === 'MissingAPIError') {
    return 'This browser does not allow local storage (IndexedDB) here, for example in a private window. Open Silk Ledger in a normal window.';
  }
  return `The local store could not be opened: ${error instanceof Error ? error.message : String(error)}`;
}

/** Opens the IndexedDB store, fills it with the default dataset on first start, and provides it. */
export function StoreProvider({ children, databaseName }: { children: ReactNode; databaseName?: string }) {
  const [state, setState] = useState<OpenState>({ status: 'opening' });

  useEffect(() => {
    const db = new SilkLedgerDatabase(databaseName);
    let cancelled = false;
    (async () => {
      await db.open();
      await ensureDefaultDataset(db, loadDefaultDataset);
      // Ask the browser not to evict the store under storage pressure; refusals are harmless.
      void navigator.storage?.persist?.().catch(() => false);
      const changes = new ChangeUndoStack();
      const data = createDataLayer(db, { actor: readAnalystName, onCommitted: changes.record });
      if (!cancelled) setState({ status: 'open', store: { db, data, changes } });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'failed', message: describeOpenError(error) });
    });
    return () => {
      cancelled = true;
      db.close();
    };
  }, [databaseName]);

  if (state.status === 'failed') {
    return (
      <div className="fatal-error" role="alert">
        <h1>Silk Ledger could not open its data</h1>
        <p>{state.message}</p>
      </div>
    );
  }
  if (state.status === 'opening') return <div className="opening" aria-busy="true" aria-label="Opening the local store" />;
  return <StoreContext.Provider value={state.store}>{children}</StoreContext.Provider>;
}
