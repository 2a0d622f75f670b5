// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SilkLedgerDatabase } from './database';
import { readTable } from './readRecords';
import { openStoreEarly, StoreProvider } from './StoreProvider';
import { useStore } from './storeContext';
import { waitingUnderLoad } from './testing/storeScreens';

let root: Root | undefined;
const names: string[] = [];

afterEach(async () => {
  root?.unmount();
  root = undefined;
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Renders the provider over the store `name` and gives the database its screens are handed. */
async function providedStore(name: string): Promise<{ db: () => SilkLedgerDatabase | undefined; container: HTMLElement }> {
  names.push(name);
  let provided: SilkLedgerDatabase | undefined;
  function ShowsStore() {
    provided = useStore().db;
    return <p>open</p>;
  }
  const container = document.createElement('div');
  root = createRoot(container);
  root.render(
    <StoreProvider databaseName={name}>
      <ShowsStore />
    </StoreProvider>,
  );
  return { db: () => provided, container };
}

describe('StoreProvider', () => {
  it('takes the store whose opening began before the first render, instead of opening it again', async () => {
    const name = `early-${crypto.randomUUID()}`;
    const early = openStoreEarly(name);
    const { db } = await providedStore(name);
    await vi.waitFor(() => expect(db()).toBeDefined(), waitingUnderLoad);
    expect(db()).toBe(early);
    // Filled with the default dataset, loaded on demand for a store that never held records.
    expect((await readTable(early, 'deals')).length).toBeGreaterThan(0);
  });

  it('opens a store of its own when none was opened early', async () => {
    const name = `own-${crypto.randomUUID()}`;
    const { db } = await providedStore(name);
    await vi.waitFor(() => expect(db()).toBeDefined(), waitingUnderLoad);
    expect(db()!.name).toBe(name);
    expect(db()!.isOpen()).toBe(true);
  });
});
