// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { Root } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreContext, type Store } from '../../db/storeContext';
import { storeScreens, waitingUnderLoad } from '../../db/testing/storeScreens';
import { deleteView, saveView, useSavedViews, type SavedView } from './savedViews';

const openScreen = storeScreens('saved-views');
let store: Store;
let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  ({ store, container, root } = await openScreen());
});

const view = { sorting: [{ id: 'date', desc: true }], columnSizing: { title: 300 }, columnVisibility: { place: false } };
const named = (name: string, sector?: string): SavedView => ({ name, filter: { text: '', sector, showDeleted: false }, view });

function ViewNames() {
  const views = useSavedViews('deals');
  return (
    <p className="views">{views.map((saved) => `${saved.name} (${saved.filter.sector ?? 'any sector'})`).join('; ') || 'none'}</p>
  );
}

const shown = () => container.querySelector('.views')?.textContent;

describe('saved views', () => {
  it('are listed by name, a view saved under a taken name replacing the older one, and follow every change', async () => {
    root.render(
      <StoreContext.Provider value={store}>
        <ViewNames />
      </StoreContext.Provider>,
    );
    await vi.waitFor(() => expect(shown()).toBe('none'), waitingUnderLoad);
    expect((await saveView(store.db, 'deals', named('Telecom', 'telecommunications'))).ok).toBe(true);
    expect((await saveView(store.db, 'deals', named('Energy', 'energy'))).ok).toBe(true);
    expect((await saveView(store.db, 'deals', named('Telecom', 'data centres'))).ok).toBe(true);
    await vi.waitFor(() => expect(shown()).toBe('Energy (energy); Telecom (data centres)'), waitingUnderLoad);
    expect((await deleteView(store.db, 'deals', 'Energy')).ok).toBe(true);
    await vi.waitFor(() => expect(shown()).toBe('Telecom (data centres)'), waitingUnderLoad);
  });

  it('refuse a view that does not fit the schema, keeping those saved before', async () => {
    await saveView(store.db, 'deals', named('Telecom', 'telecommunications'));
    const broken = { ...named('Broken'), view: { ...view, columnSizing: { title: Number.POSITIVE_INFINITY } } };
    const result = await saveView(store.db, 'deals', broken);
    expect(!result.ok && result.error.message).toMatch(
      /^Could not save the saved views of a table: 0\.view\.columnSizing\.title: /,
    );
    root.render(
      <StoreContext.Provider value={store}>
        <ViewNames />
      </StoreContext.Provider>,
    );
    await vi.waitFor(() => expect(shown()).toBe('Telecom (telecommunications)'), waitingUnderLoad);
  });

  it('are none when the stored list does not fit the schema, rather than a list the menu cannot show', async () => {
    root.render(
      <StoreContext.Provider value={store}>
        <ViewNames />
      </StoreContext.Provider>,
    );
    await saveView(store.db, 'deals', named('Telecom', 'telecommunications'));
    await vi.waitFor(() => expect(shown()).toBe('Telecom (telecommunications)'), waitingUnderLoad);
    // As a store damaged outside the app would hold it.
    await store.db.meta.put({
      key: 'saved-views:deals',
      value: [{ name: 'Telecom', filters: { sector: 'telecommunications' } }],
    });
    await vi.waitFor(() => expect(shown()).toBe('none'), waitingUnderLoad);
  });
});
