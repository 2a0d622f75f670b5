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

export interface SearchResultOptionProps {
  id: string;
  hit: SearchHit;
  query: string;
  selected: boolean;
  onOpen: () => void;
  onPoint: () => void;
}

/** One result: what kind of record it is, its title, what tells it apart, and the words that matched. */
export function SearchResultOption({ id, hit, query, selected, onOpen, onPoint }: SearchResultOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="global-search-option"
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
        {hit.matchedText && hit.matchedText !== hit.title && (
          <span className="global-search-snippet">
            <HighlightedText text={hit.matchedText} query={query} />
          </span>
        )}
      </span>
    </li>
  );
}
