// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SilkLedgerDatabase } from './database';
import { readTable } from './readRecords';
import { currentSchemaVersion } from './schemaVersions';
import { openStoreEarly, StoreProvider } from './StoreProvider';
import { writeSetting } from './settings';
import { useStore, type Store } from './storeContext';
import { organizationInput } from './testing/sampleInputs';
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

describe('the settings the first render needs', () => {
  it('are read while the store opens: the screen shown last, and the name the data layer signs with', async () => {
    const name = `settings-${crypto.randomUUID()}`;
    names.push(name);
    const earlier = new SilkLedgerDatabase(name);
    await earlier.open();
    expect((await writeSetting(earlier, 'last-screen', 'organizations')).ok).toBe(true);
    expect((await writeSetting(earlier, 'analyst-name', 'Nigora')).ok).toBe(true);
    earlier.close();

    let provided: Store | undefined;
    function ShowsStore() {
      provided = useStore();
      return <p>open</p>;
    }
    root = createRoot(document.createElement('div'));
    root.render(
      <StoreProvider databaseName={name}>
        <ShowsStore />
      </StoreProvider>,
    );
    await vi.waitFor(() => expect(provided).toBeDefined(), waitingUnderLoad);
    const store = provided!;
    // Handed over with the store, before anything renders from it.
    expect(store.lastScreen).toBe('organizations');
    expect(store.analystName()).toBe('Nigora');
    const created = await store.data.create('organizations', organizationInput({ name: 'Signed' }));
    if (!created.ok) throw new Error(created.error.message);
    expect((await store.data.historyOf(created.value.id)).map((entry) => entry.actor)).toEqual(['Nigora']);
  });
});

describe('a store written by a newer release', () => {
  it('is refused with a message, and left as it was', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    names.push(name);
    const newer = new Dexie(name);
    newer.version(99).stores({ meta: 'key', future: 'id' });
    await newer.table('future').add({ id: 'kept' });
    newer.close();

    const { container } = await providedStore(name);
    await vi.waitFor(
      () => expect(container.textContent).toContain('written by a newer version of Silk Ledger'),
      waitingUnderLoad,
    );

    const reopened = new Dexie(name);
    await reopened.open();
    expect(reopened.verno).toBe(99);
    // Not a table of this release's added to it.
    expect(reopened.tables.map((table) => table.name).sort()).toEqual(['future', 'meta']);
    expect(await reopened.table('future').toArray()).toEqual([{ id: 'kept' }]);
    reopened.close();
  });

  it('is refused when opened early too', async () => {
    const name = `newer-early-${crypto.randomUUID()}`;
    names.push(name);
    const newer = new Dexie(name);
    newer.version(currentSchemaVersion + 1).stores({ meta: 'key' });
    await newer.open();
    newer.close();
    const early = openStoreEarly(name);
    await expect(early.open()).rejects.toMatchObject({
      name: 'NewerStoreError',
      storeVersion: currentSchemaVersion + 1,
      appVersion: currentSchemaVersion,
    });
    expect(early.isOpen()).toBe(false);
  });

  it('is not a store whose version Dexie raised by one when it added a missing table', async () => {
    const name = `raised-${crypto.randomUUID()}`;
    names.push(name);
    // Dexie declares version n as IndexedDB version 10 n, and raises it to 10 n + 1 for a missing table.
    const request = indexedDB.open(name, currentSchemaVersion * 10 + 1);
    await new Promise((resolve, reject) => {
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    request.result.close();
    const db = new SilkLedgerDatabase(name);
    await db.open();
    expect(db.isOpen()).toBe(true);
    db.close();
  });
});
