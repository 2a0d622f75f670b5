import { useState, type DragEvent } from 'react';
import type { OpenedFile } from '@shared/ipc/contract';
import { readPickedFile } from '../platform/browserPlatform';
import { useNotices } from '../ui/Notices';

/** Lets a spreadsheet be dropped anywhere on the window to import it; `onDragIn` readies the import meanwhile. */
export function useFileDrop(onFile: (file: OpenedFile) => void, onDragIn: () => void) {
  const { notify } = useNotices();
  const [dragging, setDragging] = useState(false);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return {
    dragging,
    handlers: {
      onDragOver(event: DragEvent) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        if (!dragging) onDragIn();
        setDragging(true);
      },
      onDragLeave(event: DragEvent) {
        // Leaving for a child element is not leaving the window.
        if (event.relatedTarget === null) setDragging(false);
      },
      async onDrop(event: DragEvent) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const [file, ...others] = [...event.dataTransfer.files];
        if (!file) return;
        if (others.length) notify('info', `Importing ${file.name} only; drop one spreadsheet at a time.`);
        const result = await readPickedFile(file);
        if (result.ok) onFile(result.value);
        else notify('error', result.error.message);
      },
    },
  };
}
