import { useEffect, useRef, useState } from 'react';
import { useNotices } from '../../ui/Notices';
import { AnalystNameField } from './AnalystNameField';
import { nameRefusal } from './saveAnalystName';
import { useAnalystNameSetting } from './useAnalystNameSetting';
import './analystName.css';

/** Changes the name the analyst's changes, annotations and backups are signed with. */
export function AnalystNameDialog({ currentName, onClose }: { currentName: string | undefined; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const setting = useAnalystNameSetting();
  const { notify } = useNotices();
  const [name, setName] = useState(currentName ?? '');
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  async function save() {
    const result = await setting.save(name);
    setError(nameRefusal(result));
    if (!result.ok) return;
    notify('success', `Your changes are now signed “${result.value}”.`);
    onClose();
  }

  return (
    <dialog ref={ref} className="dialog analyst-name-dialog" aria-labelledby="analyst-name-title" onCancel={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="analyst-name-title">Your name</h2>
        <AnalystNameField
          value={name}
          onChange={(value) => {
            setName(value);
            setError(undefined);
          }}
          error={error}
          autoFocus
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save name
          </button>
        </div>
      </form>
    </dialog>
  );
}
