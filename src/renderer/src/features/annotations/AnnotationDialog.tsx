import { useEffect, useRef, useState } from 'react';
import { confidenceLevels, type AnnotatableTable, type Annotation, type Confidence } from '@shared/model/annotation';
import { labelOf } from '@shared/model/labels';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';

export interface AnnotationTarget {
  table: AnnotatableTable;
  id: string;
  title: string;
}

interface AnnotationDialogProps {
  /** One target to annotate, or several for a bulk annotation written as one undoable batch. */
  targets: AnnotationTarget[];
  existing?: Annotation;
  onClose: () => void;
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** Adds a note, tags and a confidence level to one or more records, or edits an annotation. */
export function AnnotationDialog({ targets, existing, onClose }: AnnotationDialogProps) {
  const { data, analystName } = useStore();
  const { notify } = useNotices();
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState(existing?.note ?? '');
  const [tags, setTags] = useState(existing?.tags.join(', ') ?? '');
  const [confidence, setConfidence] = useState<Confidence | ''>(existing?.confidence ?? '');
  const [pinned, setPinned] = useState(existing?.pinned ?? false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  async function save() {
    const fields = { note: note.trim(), tags: parseTags(tags), confidence: confidence || null, pinned };
    if (existing) {
      const result = await data.update('annotations', existing.id, fields);
      if (!result.ok) return setError(result.error.message);
      notify('success', 'Annotation saved.');
      return onClose();
    }
    const batchId = targets.length > 1 ? crypto.randomUUID() : undefined;
    const result = await data.createMany(
      'annotations',
      targets.map((target) => ({ targetTable: target.table, targetId: target.id, author: analystName(), ...fields })),
      { batchId },
    );
    if (!result.ok) return setError(result.error.message);
    notify(
      'success',
      targets.length > 1 ? `Annotated ${targets.length} records.` : `Annotated “${targets[0].title}”.`,
      batchId ? { label: 'Undo', run: () => void data.undoBatch(batchId) } : undefined,
    );
    onClose();
  }

  const heading = existing
    ? 'Edit annotation'
    : targets.length > 1
      ? `Annotate ${targets.length} records`
      : `Annotate “${targets[0].title}”`;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="annotation-title" onCancel={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="annotation-title">{heading}</h2>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <label className="stacked-field">
          <span>Note</span>
          <textarea value={note} rows={4} onChange={(event) => setNote(event.target.value)} autoFocus />
        </label>
        <label className="stacked-field">
          <span>Tags (separated by commas)</span>
          <input value={tags} onChange={(event) => setTags(event.target.value)} placeholder="needs-source, follow-up" />
        </label>
        <label className="stacked-field">
          <span>Confidence</span>
          <select value={confidence} onChange={(event) => setConfidence(event.target.value as Confidence | '')}>
            <option value="">Not rated</option>
            {confidenceLevels.map((level) => (
              <option key={level} value={level}>
                {labelOf(level)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-check">
          <input type="checkbox" checked={pinned} onChange={(event) => setPinned(event.target.checked)} />
          Pinned
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save annotation
          </button>
        </div>
      </form>
    </dialog>
  );
}
