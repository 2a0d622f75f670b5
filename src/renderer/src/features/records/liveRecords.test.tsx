// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { Suspense } from 'react';
import type { Root } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreContext, type Store } from '../../db/storeContext';
import { dealInput } from '../../db/testing/sampleInputs';
import { storeScreens, waitingUnderLoad } from '../../db/testing/storeScreens';
import { LiveRecordsProvider, useRecords, useTableIndex } from './liveRecords';

const openScreen = storeScreens('live-records');
let store: Store;
let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  ({ store, container, root } = await openScreen());
});

/** What the table shows of the deals: their titles from the rows, and whether a row has its citations. */
function DealsTable() {
  const { active } = useTableIndex();
  return (
    <ul className="table">
      {[...active.deals]
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((deal) => (
          <li key={deal.id}>{`${deal.title} (${'citations' in deal ? 'whole deal' : 'row'})`}</li>
        ))}
    </ul>
  );
}

/** What needs the whole deals: their descriptions. */
function DealDescriptions() {
  const { active } = useRecords();
  const descriptions = active.deals.map((deal) => deal.description).sort();
  return <p className="descriptions">{descriptions.join('; ')}</p>;
}

const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;

describe('the live records', () => {
  it('show the tables from the deals’ rows first, and what needs whole deals once they are read', async () => {
    for (const title of ['Fibre backbone, Bukhara', 'Data centre, Navoi']) {
      const created = await store.data.create('deals', dealInput({ title, description: `About ${title}` }));
      if (!created.ok) throw new Error(created.error.message);
    }
    const seen: Array<{ table: string | null; descriptions: string | null }> = [];
    const observer = new MutationObserver(() => seen.push({ table: text('.table'), descriptions: text('.descriptions') }));
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    root.render(
      <StoreContext.Provider value={store}>
        <LiveRecordsProvider>
          <DealsTable />
          <Suspense fallback={<p className="waiting">Reading the deals…</p>}>
            <DealDescriptions />
          </Suspense>
        </LiveRecordsProvider>
      </StoreContext.Provider>,
    );
    await vi.waitFor(
      () => expect(text('.descriptions')).toBe('About Data centre, Navoi; About Fibre backbone, Bukhara'),
      waitingUnderLoad,
    );
    observer.disconnect();

    // The table was on screen from the rows while the whole deals were still being read.
    const tableFirst = seen.find((moment) => moment.table !== null);
    expect(tableFirst).toEqual({ table: 'Data centre, Navoi (row)Fibre backbone, Bukhara (row)', descriptions: null });
    expect(text('.waiting')).toBeNull();

    // An edit reaches both: the row and the whole deal.
    expect((await store.data.create('deals', dealInput({ title: 'Safe City', description: 'About Safe City' }))).ok).toBe(true);
    await vi.waitFor(() => expect(text('.table')).toContain('Safe City (row)'), waitingUnderLoad);
    await vi.waitFor(() => expect(text('.descriptions')).toContain('About Safe City'), waitingUnderLoad);
  });
});
