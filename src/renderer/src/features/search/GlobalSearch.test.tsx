// @vitest-environment happy-dom
import { act, createRef, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnyRecord } from '@shared/model/tables';
import { deal, searchable } from '@shared/search/searchFixtures.testHelpers';
import { buildSearchIndex } from '@shared/search/searchIndex';
import { SearchPanel } from './GlobalSearch';

// Tells React that these tests wait for its work with act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * 80 deals that "huawei" finds: a few by their titles, the rest by their descriptions, whose options
 * show the matched words on a line of their own and so are higher.
 */
function huaweiDeals() {
  const deals = Array.from({ length: 80 }, (_, n) =>
    n < 4
      ? deal({ title: `Huawei data centre No. ${n}` })
      : deal({ title: `Fibre cable No. ${n}`, description: `Laid with Huawei equipment, phase ${n}.` }),
  );
  return searchable({ deals });
}

const records = huaweiDeals();
const index = buildSearchIndex(records);
const byId = new Map<string, AnyRecord>(records.deals.map((record) => [record.id, record]));

let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // In StrictMode, as the app runs: a development build mounts, unmounts and mounts again every effect.
  await act(() =>
    root.render(
      <StrictMode>
        <SearchPanel index={index} recordCount={80} byId={byId} inputRef={createRef()} onOpenRecord={() => undefined} />
      </StrictMode>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const input = () => container.querySelector<HTMLInputElement>('[role="combobox"]')!;
const list = () => container.querySelector<HTMLElement>('[role="listbox"]')!;
const options = () => [...container.querySelectorAll<HTMLElement>('[role="option"]')];
const status = () => container.querySelector('[role="status"]')!.textContent;

/** Types into the search box as a browser does, so React's onChange sees it. */
async function type(text: string) {
  await act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input(), text);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * Presses a key in the search box. happy-dom lays nothing out, so the list is given the heights a
 * browser would give it (layOutList), and told of its scrolling as a browser tells it.
 */
async function press(key: string) {
  const scrollTop = list().scrollTop;
  await act(() => input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  if (list().scrollTop !== scrollTop) await act(() => list().dispatchEvent(new Event('scroll')));
}

function layOutList() {
  const element = list();
  const contentHeight = () => parseFloat(element.querySelector<HTMLElement>('.global-search-options')!.style.height);
  Object.defineProperty(element, 'clientHeight', { get: () => Math.min(contentHeight(), parseFloat(element.style.maxHeight)) });
  Object.defineProperty(element, 'scrollHeight', { get: () => contentHeight() });
}

/** Where an option is in the list: its offset from the top and its height. */
function placeOf(option: HTMLElement) {
  const top = Number(/translateY\((\d+(?:\.\d+)?)px\)/.exec(option.style.transform)![1]);
  return { top, bottom: top + parseFloat(option.style.height) };
}

function activeOption(): HTMLElement | null {
  const id = input().getAttribute('aria-activedescendant');
  return id ? container.ownerDocument.getElementById(id) : null;
}

describe('SearchPanel', () => {
  it('renders only the options in view, and tells screen readers how many results there are', async () => {
    await type('huawei');
    expect(status()).toBe('The best 50 matches; add words to narrow them.');
    const rendered = options();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(20);
    rendered.forEach((option, position) => {
      expect(option.id).toBe(`${list().id}-${position}`);
      expect(option.getAttribute('aria-posinset')).toBe(String(position + 1));
      expect(option.getAttribute('aria-setsize')).toBe('50');
    });
    // Placed one after another, each as high as its lines, and enough of them to fill the list.
    const places = rendered.map(placeOf);
    for (let position = 1; position < places.length; position++) expect(places[position].top).toBe(places[position - 1].bottom);
    expect(new Set(rendered.map((option) => option.style.height)).size).toBeGreaterThan(1);
    expect(places.at(-1)!.bottom).toBeGreaterThan(parseFloat(list().style.maxHeight));
  });

  it('keeps the highlighted option rendered and in view as the arrow keys move it past the end of the list', async () => {
    await type('huawei');
    layOutList();
    expect(activeOption()?.getAttribute('aria-posinset')).toBe('1');
    for (let moves = 1; moves <= 50; moves++) {
      await press('ArrowDown');
      const active = activeOption();
      expect(active?.getAttribute('aria-posinset')).toBe(String((moves % 50) + 1));
      expect(active?.getAttribute('aria-selected')).toBe('true');
      const { top, bottom } = placeOf(active!);
      expect(top).toBeGreaterThanOrEqual(list().scrollTop);
      expect(bottom).toBeLessThanOrEqual(list().scrollTop + list().clientHeight);
      expect(options().length).toBeLessThan(20);
    }
    // Down from the last wraps to the first, and up from the first to the last.
    expect(list().scrollTop).toBe(0);
    await press('ArrowUp');
    expect(activeOption()?.getAttribute('aria-posinset')).toBe('50');
    expect(list().scrollTop).toBeGreaterThan(0);
  });

  it('starts a new query at the top of the list', async () => {
    await type('huawei');
    layOutList();
    for (let moves = 0; moves < 30; moves++) await press('ArrowDown');
    expect(list().scrollTop).toBeGreaterThan(0);
    await type('huawei data');
    await act(() => list().dispatchEvent(new Event('scroll')));
    expect(list().scrollTop).toBe(0);
    expect(activeOption()?.getAttribute('aria-posinset')).toBe('1');
    expect(options()[0].getAttribute('aria-posinset')).toBe('1');
    expect(options()[0].textContent).toContain('Huawei data centre');
  });
});
