import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/ipc/channels';
import { usePlatform } from '../platform/PlatformProvider';

export type MenuCommandHandlers = Partial<Record<MenuCommand, () => void>>;

/** Runs the handler for each menu command (desktop menu or web shortcut) while mounted. */
export function useMenuCommands(handlers: MenuCommandHandlers): void {
  const platform = usePlatform();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => platform.onMenuCommand((command) => latest.current[command]?.()), [platform]);
}
