import type { HostBridge } from '@shared/ipc/contract';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: HostBridge): Platform {
  return {
    edition: 'desktop',
    openSpreadsheet: () => bridge.openSpreadsheet({}),
    saveFile: ({ suggestedName, format, bytes }) => bridge.saveExport({ suggestedName, format, bytes }),
    writeBackup: (fileName, bytes) => bridge.writeBackup({ fileName, bytes }),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
