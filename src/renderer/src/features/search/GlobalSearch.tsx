import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { AnyRecord, RecordTable } from '@shared/model/tables';
import type { SearchIndex } from '@shared/search/searchIndex';
import { defaultSearchLimit, searchRecords, type SearchHit } from '@shared/search/searchRecords';
import { useRecords } from '../records/liveRecords';
import { useSearchIndex } from './backgroundSearchIndex';
import { movedActivePosition, recordToOpen } from './searchNavigation';
import { SearchResultList, type SearchResultListHandle } from './SearchResultList';
import './search.css';

export interface GlobalSearchProps {
  open: boolean;
  onClose(): void;
  onOpenRecord(table: RecordTable, id: string): void;
}

/**
 * The command-palette search over every record. The dialog stays mounted so it can return focus where it
 * came from; its panel (query and results) exists only while open, so each opening starts afresh. The index
 * is built once per change of the records, in the background, so opening the palette does not wait for it:
 * for 100,000 deals building it takes seconds.
 */
export function GlobalSearch({ open, onClose, onOpenRecord }: GlobalSearchProps) {
  const records = useRecords();
  const index = useSearchIndex(records.active);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusBeforeOpening = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      focusBeforeOpening.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      inputRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      focusBeforeOpening.current?.focus();
      focusBeforeOpening.current = null;
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="global-search"
      aria-label="Search all records"
      onCancel={(event) => {
        // Escape: the parent closes the dialog, so its state and the dialog never disagree.
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
      onClick={(event) => {
        // The panel fills the dialog, so a click on the dialog itself is a click on the backdrop.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {open && (
        <SearchPanel
          index={index}
          recordCount={Object.values(records.active).reduce((count, rows) => count + rows.length, 0)}
          byId={records.byId}
          inputRef={inputRef}
          onOpenRecord={(table, id) => {
            onOpenRecord(table, id);
            onClose();
          }}
        />
      )}
    </dialog>
  );
}

interface SearchPanelProps {
  /** Null while it is still being built. */
  index: SearchIndex | null;
  recordCount: number;
  byId: Pick<ReadonlyMap<string, AnyRecord>, 'get'>;
  inputRef: RefObject<HTMLInputElement | null>;
  onOpenRecord(table: RecordTable, id: string): void;
}

/** The search box, its results and the status line; exported for its tests, which give it an index of their own. */
export function SearchPanel({ index, recordCount, byId, inputRef, onOpenRecord }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [activePosition, setActivePosition] = useState(0);
  // Typing stays responsive while a broad query over a large store is ranked.
  const searchedQuery = useDeferredValue(query);
  const hits = useMemo(() => (index ? searchRecords(index, searchedQuery) : []), [index, searchedQuery]);
  const active = Math.min(activePosition, hits.length - 1);
  const listboxId = useId();
  const activeOptionId = active >= 0 ? `${listboxId}-${active}` : undefined;
  const results = useRef<SearchResultListHandle>(null);

  function openHit(hit: SearchHit) {
    const target = recordToOpen(hit, byId);
    onOpenRecord(target.table, target.id);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moved = movedActivePosition(event.key, active, hits.length);
    if (moved !== null) {
      event.preventDefault();
      setActivePosition(moved);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      openHit(hits[active]);
    }
  }

  return (
    <div className="global-search-panel">
      <input
        ref={inputRef}
        className="global-search-input"
        type="text"
        role="combobox"
        aria-label="Search all records"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={activeOptionId}
        placeholder="Search deals, organizations, people, notes…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActivePosition(0);
          // A new query starts at the top. Scrolled here, before its results render, the list is at its top
          // by the time they are painted, with the options of its top rendered.
          results.current?.scrollToTop();
        }}
        onKeyDown={handleKeyDown}
      />
      <SearchResultList
        ref={results}
        id={listboxId}
        hits={hits}
        query={searchedQuery}
        active={active}
        onPoint={setActivePosition}
        onOpen={openHit}
      />
      <p className="global-search-status" role="status">
        {index ? searchStatus(searchedQuery, hits.length) : `Preparing to search ${recordCount.toLocaleString('en-US')} records…`}
      </p>
    </div>
  );
}

function searchStatus(query: string, hitCount: number): string {
  if (query.trim() === '') return 'Find any record by its words: names, aliases, places, people, excerpts, notes and tags.';
  if (hitCount === 0) return `No records match “${query.trim()}”`;
  if (hitCount === defaultSearchLimit) return `The best ${hitCount} matches; add words to narrow them.`;
  return `${hitCount} ${hitCount === 1 ? 'match' : 'matches'}. ↑↓ to choose, Enter to open, Esc to close.`;
}
