import type { HostBridge } from '@shared/ipc/contract';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: HostBridge): Platform {
  return {
    edition: 'desktop',
    openSpreadsheet: () => bridge.openSpreadsheet({}),
    saveFile: ({ suggestedName, format, bytes }) => bridge.saveExport({ suggestedName, format, bytes }),
    writeSnapshot: (workbook) => bridge.writeSnapshot({ workbook }),
    openBackup: (kind) => bridge.openBackup({ kind }),
    // A lost notice only delays the next automatic snapshot; the data itself is already stored.
    reportDataChanged: () => void bridge.dataChanged({}).catch(() => undefined),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onSnapshotRequest: (listener) => bridge.onSnapshotRequest(listener),
  };
}
