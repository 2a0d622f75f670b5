import { useEffect, useState, type ReactNode } from 'react';
import { lastScreenKey } from '@shared/model/settings';
import { followAnalystName, type AnalystName } from './analystName';
import { ChangeUndoStack } from './changeUndoStack';
import { createDataLayer } from './dataLayer';
import { defaultDatabaseName, SilkLedgerDatabase } from './database';
import { ensureDefaultDataset } from './defaultDataset';
import { readSetting } from './settings';
import { StoreContext, type Store } from './storeContext';

/** The default dataset's module, fetched only for a store that has never held records. */
const loadDefaultDataset = () => import('./defaultDatasetFile').then((module) => module.defaultDataset());

/** Stores whose opening began before the first render (`openStoreEarly`), by name, for the provider to take. */
const openingEarly = new Map<string, { db: SilkLedgerDatabase; opened: Promise<unknown> }>();

/**
 * Begins opening the store as soon as the window's scripts have run, so IndexedDB opens it while
 * React renders the shell rather than after, and a start does not wait for the two in turn. The provider
 * takes it from here; a failure is reported by the provider, as any failure to open.
 */
export function openStoreEarly(databaseName = defaultDatabaseName): SilkLedgerDatabase {
  const db = new SilkLedgerDatabase(databaseName);
  const opened = db.open();
  // Handled by the provider, which awaits the same promise.
  opened.catch(() => undefined);
  openingEarly.set(databaseName, { db, opened });
  return db;
}

type OpenState = { status: 'opening' } | { status: 'open'; store: Store } | { status: 'failed'; message: string };

function describeOpenError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'VersionError' || name === 'NewerStoreError') {
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
    const name = databaseName ?? defaultDatabaseName;
    const early = openingEarly.get(name);
    openingEarly.delete(name);
    const db = early?.db ?? new SilkLedgerDatabase(name);
    let cancelled = false;
    let analystName: Promise<AnalystName> | undefined;
    (async () => {
      await (early?.opened ?? db.open());
      analystName = followAnalystName(db);
      // The settings the first render needs are read beside the default dataset's check, which
      // reads the store anyway, so the window does not wait for them in turn.
      const [, name, lastScreen] = await Promise.all([
        ensureDefaultDataset(db, loadDefaultDataset),
        analystName,
        readSetting(db, lastScreenKey),
      ]);
      // Ask the browser not to evict the store under storage pressure; refusals are harmless.
      void navigator.storage?.persist?.().catch(() => false);
      const changes = new ChangeUndoStack();
      const data = createDataLayer(db, { actor: name.current, onCommitted: changes.record });
      if (!cancelled) setState({ status: 'open', store: { db, data, changes, analystName: name.current, lastScreen } });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'failed', message: describeOpenError(error) });
    });
    return () => {
      cancelled = true;
      // A failure to read the name was reported as a failure to open.
      void analystName?.then(
        ({ stop }) => stop(),
        () => undefined,
      );
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
