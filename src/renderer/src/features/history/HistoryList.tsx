import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { RecordNames } from '@shared/import/fieldValueText';
import {
  emptyValueText,
  historyChangeSentence,
  historyChangeText,
  shortened,
  type FieldChangeText,
} from '@shared/history/historyChangeText';
import type { HistoryEntry } from '@shared/model/history';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';
import { useRecords } from '../records/liveRecords';
import { recordNameOf } from '../records/recordNames';
import { ImportBatchNote } from './ImportBatchNote';
import './history.css';

/** How long a value may run in the list before it is cut; the whole of it is in its title. */
const valueLimitInList = 160;

const whenFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function ChangedValue({ text, className }: { text: string; className: string }) {
  if (text === '') return <span className={`${className} history-empty`}>{emptyValueText}</span>;
  const shown = shortened(text, valueLimitInList);
  return (
    // Imported text may carry direction controls: isolated, they cannot reorder the line around them.
    <bdi className={className} title={shown === text ? undefined : text}>
      {shown}
    </bdi>
  );
}

function FieldChanges({ changes }: { changes: FieldChangeText[] }) {
  return (
    <ul className="history-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="history-field">{change.label}:</span> <ChangedValue text={change.before} className="history-before" />{' '}
          → <ChangedValue text={change.after} className="history-after" />
        </li>
      ))}
    </ul>
  );
}

/** A record's changes, newest first: what each changed from and to, who made it and when, each with its own Undo. */
export function HistoryList({ recordId }: { recordId: string }) {
  const { data } = useStore();
  const { notify } = useNotices();
  const index = useRecords();
  const entries = useLiveQuery(() => data.historyOf(recordId), [data, recordId]) ?? [];
  const names = useMemo((): RecordNames => {
    const name = (id: string) => recordNameOf(index, id);
    return { organizationName: name, sourceTitle: name, recordName: name };
  }, [index]);

  async function undo(entry: HistoryEntry) {
    const result = await data.undo(entry);
    if (!result.ok) notify('error', result.error.message);
    else notify('success', `Undid: ${historyChangeSentence(historyChangeText(entry, names))}.`);
  }

  return (
    <section aria-label="History">
      <h3>History</h3>
      <ol className="history-list">
        {entries.map((entry) => {
          const text = historyChangeText(entry, names);
          return (
            <li key={entry.id}>
              <div className="history-entry">
                {text.changes.length ? <FieldChanges changes={text.changes} /> : <p>{text.summary}</p>}
                <p className="muted">
                  {entry.actor} · <time dateTime={entry.at}>{whenFormat.format(new Date(entry.at))}</time>
                  {entry.undoOf && ' · undo of an earlier change'}
                  {entry.batchId && <ImportBatchNote batchId={entry.batchId} />}
                </p>
              </div>
              <button type="button" onClick={() => void undo(entry)} aria-label={`Undo: ${historyChangeSentence(text)}`}>
                Undo
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
