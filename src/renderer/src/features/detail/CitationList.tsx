import type { Citation } from '@shared/model/record';
import { useRecords } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';

/** The sources a record rests on, each with the quoted words and where they are. */
export function CitationList({ citations }: { citations: Citation[] }) {
  const index = useRecords();
  return (
    <section aria-label="Sources">
      <h3>Sources</h3>
      {citations.length === 0 && <p className="muted">No source cited.</p>}
      <ul className="citation-list">
        {citations.map((citation, position) => (
          <li key={`${citation.sourceId}-${position}`}>
            <blockquote>{citation.excerpt}</blockquote>
            <p className="muted">
              <bdi className="citation-source">{recordNameOf(index, citation.sourceId)}</bdi>
              {citation.location && `, ${citation.location}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
