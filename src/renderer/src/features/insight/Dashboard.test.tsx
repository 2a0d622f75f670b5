// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { Profiler, Suspense, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreContext, type Store } from '../../db/storeContext';
import { dealInput } from '../../db/testing/sampleInputs';
import { storeScreens, waitingUnderLoad } from '../../db/testing/storeScreens';
import { NoticeProvider } from '../../ui/Notices';
import { LiveRecordsProvider, useRecords } from '../records/liveRecords';
import { Dashboard } from './Dashboard';

/** What the screen showed at one moment. */
interface ScreenContents {
  heading: string | null;
  pending: string | null;
  showsHeadlineFigures: boolean;
  chartTitles: string[];
}

const openScreen = storeScreens('dashboard');
let store: Store;
let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  ({ store, container, root } = await openScreen());
});

async function createDeals(titles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) {
    const result = await store.data.create('deals', dealInput({ title }));
    if (!result.ok) throw new Error(result.error.message);
    ids.push(result.value.id);
  }
  return ids;
}

function readScreen(): ScreenContents {
  return {
    heading: container.querySelector('h2')?.textContent ?? null,
    pending: container.querySelector('.insight-pending')?.textContent ?? null,
    showsHeadlineFigures: container.querySelector('[aria-label="Headline figures"]') !== null,
    chartTitles: [...container.querySelectorAll('.insight-chart h3')].map((title) => title.textContent),
  };
}

function renderInProviders(screen: ReactNode) {
  root.render(
    <StoreContext.Provider value={store}>
      <NoticeProvider>
        <LiveRecordsProvider>{screen}</LiveRecordsProvider>
      </NoticeProvider>
    </StoreContext.Provider>,
  );
}

/** A screen that shows once every whole record is read, as the deals table does once the deals are. */
function ReadEveryRecord() {
  useRecords();
  return <h2>Deals</h2>;
}

/**
 * Opens the Dashboard from another screen once the records are loaded, as the app does, and records
 * what each of its commits put on screen. Mounted in the render that first hands the records on, which
 * is itself deferred, React would skip the initial value.
 */
async function openDashboard(): Promise<ScreenContents[]> {
  renderInProviders(
    <Suspense fallback={null}>
      <ReadEveryRecord />
    </Suspense>,
  );
  await vi.waitFor(() => expect(readScreen().heading).toBe('Deals'), waitingUnderLoad);
  const commits: ScreenContents[] = [];
  const noNavigation = () => undefined;
  renderInProviders(
    <Profiler id="dashboard" onRender={() => commits.push(readScreen())}>
      <Dashboard onShowDeals={noNavigation} onOpenRecord={noNavigation} />
    </Profiler>,
  );
  return commits;
}

describe('Dashboard', () => {
  it('shows its heading and the number of active deals being added up before the figures', async () => {
    const [deletedDeal] = await createDeals(['Fibre-optic link to Kashgar', 'Huawei data centre', 'Safe City phase two']);
    await store.data.remove('deals', deletedDeal!);

    const commits = await openDashboard();

    await vi.waitFor(() => expect(readScreen().showsHeadlineFigures).toBe(true), waitingUnderLoad);
    expect(commits[0]).toEqual({
      heading: 'Dashboard',
      pending: 'Adding up 2 deals…',
      showsHeadlineFigures: false,
      chartTitles: [],
    });
    expect(readScreen()).toEqual({
      heading: 'Dashboard',
      pending: null,
      showsHeadlineFigures: true,
      chartTitles: ['Deal value and count by year', 'Deal value by Chinese counterpart', 'Deal value by sector'],
    });
  });
});
