import { useEffect } from 'react';
import { useStore } from '../db/storeContext';
import { useNotices } from '../ui/Notices';

function isTextEditing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest('input, textarea, select, [contenteditable="true"]'));
}

/**
 * Ctrl/Cmd+Z undoes the analyst's last change to the records, Shift+Ctrl/Cmd+Z or Ctrl+Y redoes
 * it. Inside a text field the keys keep their usual meaning for the text.
 */
export function useUndoShortcuts(): void {
  const { data, changes } = useStore();
  const { notify } = useNotices();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEditing(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      void (redo ? changes.redo(data) : changes.undo(data)).then((result) => {
        if (result === null) notify('info', redo ? 'Nothing to redo.' : 'Nothing to undo in this session.');
        else if (!result.ok) notify('error', result.error.message);
        else notify('success', redo ? 'Redone.' : 'Undone.');
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [data, changes, notify]);
}
