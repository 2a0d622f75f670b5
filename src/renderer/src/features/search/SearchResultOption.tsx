import { Fragment } from 'react';
import { labelOf } from '@shared/model/labels';
import { recordLabels } from '@shared/model/recordLabels';
import { highlightSearchMatches } from '@shared/search/highlightMatches';
import type { SearchHit } from '@shared/search/searchRecords';

/** Text with the words the query matched marked; the text stays React text, never markup. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightSearchMatches(text, query).map((segment, position) =>
        segment.matched ? (
          <mark key={position} className="global-search-match">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={position}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** The matched words shown under a result, unless they are its title. */
function snippetOf(hit: SearchHit): string {
  return hit.matchedText !== hit.title ? hit.matchedText : '';
}

// The heights search.css gives an option's padding and lines; every line is one line, cut off with an ellipsis.
const optionPadding = 16;
const titleLineHeight = 18;
const detailLineHeight = 16;
const lineGap = 2;

/**
 * How tall the option for `hit` is: its lines have fixed heights, so the list can place its options
 * from the hits alone, without laying any out to measure it.
 */
export function optionHeight(hit: SearchHit): number {
  const detailLines = (hit.subtitle ? 1 : 0) + (snippetOf(hit) ? 1 : 0);
  return optionPadding + titleLineHeight + detailLines * (lineGap + detailLineHeight);
}

export interface SearchResultOptionProps {
  id: string;
  hit: SearchHit;
  query: string;
  selected: boolean;
  /** Where the option is in the results, from 0, and how many there are: only those in view are rendered. */
  position: number;
  count: number;
  /** Its offset from the top of the list, in pixels. */
  top: number;
  onOpen: () => void;
  onPoint: () => void;
}

/** One result: what kind of record it is, its title, what tells it apart, and the words that matched. */
export function SearchResultOption({ id, hit, query, selected, position, count, top, onOpen, onPoint }: SearchResultOptionProps) {
  const snippet = snippetOf(hit);
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={position + 1}
      aria-setsize={count}
      className="global-search-option"
      style={{ height: optionHeight(hit), transform: `translateY(${top}px)` }}
      onClick={onOpen}
      onMouseMove={onPoint}
      // Keeps focus in the search box, so the keyboard goes on working after a click.
      onMouseDown={(event) => event.preventDefault()}
    >
      <span className="global-search-kind">{labelOf(recordLabels[hit.table].one)}</span>
      <span className="global-search-text">
        <span className="global-search-title">
          <HighlightedText text={hit.title} query={query} />
        </span>
        {hit.subtitle && <span className="global-search-subtitle">{hit.subtitle}</span>}
        {snippet && (
          <span className="global-search-snippet">
            <HighlightedText text={snippet} query={query} />
          </span>
        )}
      </span>
    </div>
  );
}
