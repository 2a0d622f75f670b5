import { useLiveQuery } from 'dexie-react-hooks';
import type { HistoryEntry } from '@shared/model/history';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';
import { describeChange } from './describeChange';

/** A record's changes, newest first, each with its own Undo. */
export function HistoryList({ recordId }: { recordId: string }) {
  const { data } = useStore();
  const { notify } = useNotices();
  const entries = useLiveQuery(() => data.historyOf(recordId), [data, recordId]) ?? [];

  async function undo(entry: HistoryEntry) {
    const result = await data.undo(entry);
    if (!result.ok) notify('error', result.error.message);
    else notify('success', `Undid: ${describeChange(entry)}.`);
  }

  return (
    <section aria-label="History">
      <h3>History</h3>
      <ol className="history-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <div>
              <p>{describeChange(entry)}</p>
              <p className="muted">
                {entry.actor} · <time dateTime={entry.at}>{entry.at.slice(0, 16).replace('T', ' ')}</time>
                {entry.undoOf && ' · undo'}
              </p>
            </div>
            <button type="button" onClick={() => void undo(entry)} aria-label={`Undo: ${describeChange(entry)}`}>
              Undo
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
