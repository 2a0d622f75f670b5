import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface ContextMenuItem {
  label: string;
  run: () => void;
  danger?: boolean;
}

interface ContextMenuProps {
  label: string;
  x: number;
  y: number;
  items: ContextMenuItem[];
  onClose: () => void;
}

/** A right-click menu following the ARIA menu pattern: arrows move, Enter runs, Escape closes. */
export function ContextMenu({ label, x, y, items, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLUListElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [onClose]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') entries[(current + 1) % entries.length]?.focus();
    else if (event.key === 'ArrowUp') entries[(current - 1 + entries.length) % entries.length]?.focus();
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
  }

  return (
    <ul ref={ref} className="context-menu" role="menu" aria-label={label} style={{ left: x, top: y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            className={item.danger ? 'danger-text' : undefined}
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
