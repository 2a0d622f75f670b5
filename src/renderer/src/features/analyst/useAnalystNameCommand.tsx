import { useState } from 'react';
import type { MenuCommandHandlers } from '../../app/useMenuCommands';
import { AnalystNameDialog } from './AnalystNameDialog';
import { useAnalystNameSetting } from './useAnalystNameSetting';

/** The "Your name…" command of the Data menu and the File menu, and the dialog it opens. */
export function useAnalystNameCommand() {
  const { stored } = useAnalystNameSetting();
  const [open, setOpen] = useState(false);
  const commands: MenuCommandHandlers = { 'set-analyst-name': () => setOpen(true) };
  const dialog = open && <AnalystNameDialog currentName={stored?.name} onClose={() => setOpen(false)} />;
  return { commands, dialog };
}
