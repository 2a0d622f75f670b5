import { recordLabels } from '@shared/model/recordLabels';
import { recordTitle } from '@shared/model/recordTitle';
import type { AnyRecord, RecordTable } from '@shared/model/tables';
import { labelOf } from '@shared/model/labels';
import { isolateDirection, quoteValue } from '@shared/values/quoteValue';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';
import { HistoryList } from '../history/HistoryList';
import { useRecords } from '../records/liveRecords';
import { CitationList } from './CitationList';
import { detailFields } from './detailFields';
import { LinkedRecords } from './LinkedRecords';
import { LongText } from './LongText';

interface RecordDetailProps {
  table: RecordTable;
  record: AnyRecord;
  onClose: () => void;
  onEdit: () => void;
  /** Absent for annotations themselves. */
  onAnnotate?: () => void;
}

/**
 * The detail pane of the record with this id. It shows the whole record, so it suspends until the
 * window has read every deal (`useRecords`); a record no longer stored shows nothing.
 */
export function RecordDetailOf({ id, ...props }: Omit<RecordDetailProps, 'record'> & { id: string }) {
  const record = useRecords().byId.get(id);
  return record ? <RecordDetail record={record} {...props} /> : null;
}

function RecordDetail({ table, record, onClose, onEdit, onAnnotate }: RecordDetailProps) {
  const index = useRecords();
  const { data } = useStore();
  const { notify } = useNotices();
  const title = recordTitle(record);
  const annotations = index.active.annotations.filter((annotation) => annotation.targetId === record.id);

  async function toggleDeleted() {
    const result = record.deletedAt === null ? await data.remove(table, record.id) : await data.restore(table, record.id);
    if (!result.ok) notify('error', result.error.message);
    else notify('success', `${record.deletedAt === null ? 'Deleted' : 'Restored'} ${quoteValue(title)}.`);
  }

  return (
    <aside className="detail-pane" aria-label={`Details of ${title}`}>
      <header className="detail-header">
        <div>
          <p className="detail-kind">{labelOf(recordLabels[table].one)}</p>
          <h2>{title}</h2>
        </div>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      {record.deletedAt !== null && <p className="deleted-banner">Deleted on {record.deletedAt.slice(0, 10)}.</p>}
      <div className="detail-actions">
        <button type="button" onClick={onEdit}>
          Edit…
        </button>
        {onAnnotate && (
          <button type="button" onClick={onAnnotate}>
            Annotate…
          </button>
        )}
        <button type="button" onClick={() => void toggleDeleted()}>
          {record.deletedAt === null ? 'Delete' : 'Restore'}
        </button>
      </div>
      <dl className="detail-fields">
        {detailFields(table, record, index).map((field) => (
          <div key={field.label}>
            <dt>{field.label}</dt>
            <dd>
              <LongText text={field.value} />
            </dd>
          </div>
        ))}
      </dl>
      <LinkedRecords table={table} record={record} />
      {'citations' in record && <CitationList citations={record.citations} />}
      <section aria-label="Annotations">
        <h3>Annotations</h3>
        {annotations.length === 0 && <p className="muted">No annotations yet.</p>}
        <ul className="annotation-list">
          {annotations.map((annotation) => (
            <li key={annotation.id}>
              <p>{annotation.note}</p>
              <p className="muted">
                {[
                  annotation.tags.map((tag) => `#${isolateDirection(tag)}`).join(' '),
                  annotation.confidence && `${annotation.confidence} confidence`,
                  isolateDirection(annotation.author),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <HistoryList recordId={record.id} />
    </aside>
  );
}
