import { afterEach } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { ChangeUndoStack } from '../changeUndoStack';
import { createDataLayer } from '../dataLayer';
import type { Store } from '../storeContext';
import { scratchStores } from './scratchStores';

/** A scratch store with its data layer, and a React root mounted in the document to render screens over it. */
export interface StoreScreen {
  store: Store;
  container: HTMLElement;
  root: Root;
}

/** vi.waitFor gives up after a second by default, which the whole suite on two cores can take. */
export const waitingUnderLoad = { timeout: 10_000 };

/**
 * For component tests over a real store (fake-indexeddb): each call gives a scratch store named
 * after `purpose` and a root to render into; both are removed after the test that asked for them.
 */
export function storeScreens(purpose: string): () => Promise<StoreScreen> {
  const openScratchStore = scratchStores(purpose);
  const mounted: StoreScreen[] = [];
  afterEach(() => {
    for (const { root, container } of mounted.splice(0)) {
      root.unmount();
      container.remove();
    }
  });
  return async () => {
    const db = await openScratchStore();
    const changes = new ChangeUndoStack();
    const analystName = () => 'A. Analyst';
    const store: Store = {
      db,
      data: createDataLayer(db, { actor: analystName, onCommitted: changes.record }),
      changes,
      analystName,
      lastScreen: undefined,
    };
    const container = document.createElement('div');
    document.body.append(container);
    const screen = { store, container, root: createRoot(container) };
    mounted.push(screen);
    return screen;
  };
}
