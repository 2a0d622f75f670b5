import { defaultRangeExtractor, useVirtualizer, type Range, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { SearchHit } from '@shared/search/searchRecords';
import { optionHeight, SearchResultOption } from './SearchResultOption';

/** Space above the first option and below the last, inside the list's scrolling. */
const listPadding = 4;

/**
 * How tall the list of results may grow in a window `windowHeight` pixels high: with the search box and
 * the status line (about 80 pixels together) the palette takes at most three quarters of the window.
 */
function resultsMaxHeight(windowHeight: number): number {
  return Math.max(120, Math.floor(windowHeight * 0.76) - 80);
}

/**
 * Stands in for the virtualizer's own watch on the list's size. The list's height changes with the number
 * of results, and a virtualizer that measured it would learn the new height only after the new results
 * were laid out, and render the options for it a frame later: every keystroke that brought more results
 * showed an empty stretch of list first. Instead the list's greatest height is set here, from the window's,
 * and that is the height the virtualizer works with. It is exact whenever the list can scroll; a list that
 * is shorter has all its options in view anyway, and cannot scroll.
 */
function fitListToWindow(virtualizer: Virtualizer<HTMLDivElement, Element>, onRect: (rect: Rect) => void) {
  const list = virtualizer.scrollElement;
  const view = virtualizer.targetWindow;
  if (!list || !view) return;
  const fit = () => {
    const height = resultsMaxHeight(view.innerHeight);
    list.style.maxHeight = `${height}px`;
    // A vertical list uses only the height.
    onRect({ width: 0, height });
  };
  fit();
  view.addEventListener('resize', fit);
  return () => view.removeEventListener('resize', fit);
}

export interface SearchResultListHandle {
  /** Back to the first result, for a new query; nothing to do (and nothing laid out) when it is already there. */
  scrollToTop(): void;
}

export interface SearchResultListProps {
  ref: Ref<SearchResultListHandle>;
  /** The listbox's id; each option's is this and its position. */
  id: string;
  hits: SearchHit[];
  query: string;
  /** The highlighted result's position, -1 for none. */
  active: number;
  onPoint(position: number): void;
  onOpen(hit: SearchHit): void;
}

/**
 * The results as a listbox that renders only the options in view, a few beyond them and the highlighted one,
 * so a keystroke lays out and paints about a dozen options rather than all fifty. The options' heights
 * follow from the hits (`optionHeight`), so nothing is measured.
 */
export function SearchResultList({ ref, id, hits, query, active, onPoint, onOpen }: SearchResultListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  /** Whether the list may be away from its top: kept from scroll events and our own scrolling, as reading it after a render would lay the list out. */
  const scrolledDown = useRef(false);

  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (position) => optionHeight(hits[position]),
    // The virtualizer keeps the sizes it worked out until its item keys change: keys of their own for new
    // hits make it work them out again, where it would go on placing these options as the last ones were.
    getItemKey: useCallback((position: number) => `${position} ${hits[position].id}`, [hits]),
    // The highlighted option is always rendered, so the search box's aria-activedescendant names an
    // element even before the option is scrolled into view.
    rangeExtractor: useCallback(
      (range: Range) => {
        const positions = defaultRangeExtractor(range);
        if (active < 0 || active >= range.count || positions.includes(active)) return positions;
        return [...positions, active].sort((a, b) => a - b);
      },
      [active],
    ),
    observeElementRect: fitListToWindow,
    paddingStart: listPadding,
    paddingEnd: listPadding,
    scrollPaddingStart: listPadding,
    scrollPaddingEnd: listPadding,
    // Enough for a keypress or a slow scroll; each option beyond the list costs its render and layout.
    overscan: 2,
  });

  useImperativeHandle(
    ref,
    () => ({
      scrollToTop() {
        if (!scrolledDown.current) return;
        scrolledDown.current = false;
        virtualizer.scrollToOffset(0);
      },
    }),
    [virtualizer],
  );

  useEffect(() => {
    // The first option is at the top: unless the list was scrolled, it is in view without laying anything out.
    if (active < 0 || (active === 0 && !scrolledDown.current)) return;
    scrolledDown.current = true;
    virtualizer.scrollToIndex(active);
  }, [active, virtualizer]);

  return (
    // The listbox is what scrolls, not a box around it: a scrolling element with nothing focusable in it
    // is out of keyboard reach unless it is the one the combobox controls, whose keys scroll it.
    <div
      ref={scrollRef}
      id={id}
      role="listbox"
      aria-label="Matching records"
      className="global-search-results"
      hidden={hits.length === 0}
      onScroll={(event) => (scrolledDown.current = event.currentTarget.scrollTop > 0)}
    >
      <div className="global-search-options" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map(({ index: position, start }) => (
          <SearchResultOption
            // Keyed by place in the list: the next query's results take over these elements and only
            // their texts change, where keying by record made new options on most keystrokes.
            key={position}
            id={`${id}-${position}`}
            hit={hits[position]}
            query={query}
            selected={position === active}
            position={position}
            count={hits.length}
            top={start}
            onOpen={() => onOpen(hits[position])}
            onPoint={() => onPoint(position)}
          />
        ))}
      </div>
    </div>
  );
}
