import { useRef } from 'react';
import type { MenuCommand } from '@shared/ipc/channels';
import './backup.css';

type DataCommand = Extract<
  MenuCommand,
  'save-data-workbook' | 'open-data-workbook' | 'backup-now' | 'restore-backup' | 'reset-default-dataset' | 'set-analyst-name'
>;

const groups: Array<Array<{ command: DataCommand; label: string; shortcut?: string }>> = [
  [
    { command: 'save-data-workbook', label: 'Save data as workbook…', shortcut: 'Control+Shift+S' },
    { command: 'open-data-workbook', label: 'Open data workbook…' },
  ],
  [
    { command: 'backup-now', label: 'Back up now', shortcut: 'Control+Shift+B' },
    { command: 'restore-backup', label: 'Restore from backup…' },
  ],
  [{ command: 'reset-default-dataset', label: 'Reset data…' }],
  [{ command: 'set-analyst-name', label: 'Your name…' }],
];

/**
 * The toolbar's Data menu: saving, opening, backing up and resetting the whole store, and the name
 * the store's changes are signed with. The desktop
 * app has the same commands in its File menu; the web edition has only this.
 */
export function DataMenu({ onCommand }: { onCommand: (command: DataCommand) => void }) {
  const ref = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={ref} className="popover data-menu">
      <summary>Data</summary>
      <div className="popover-panel" role="group" aria-label="Data">
        {groups.map((group, index) => (
          <div key={group[0].command}>
            {index > 0 && <hr />}
            {group.map(({ command, label, shortcut }) => (
              <button
                key={command}
                type="button"
                aria-keyshortcuts={shortcut}
                onClick={() => {
                  ref.current?.removeAttribute('open');
                  onCommand(command);
                }}
              >
                {label}
              </button>
            ))}
          </div>
        ))}
      </div>
    </details>
  );
}
