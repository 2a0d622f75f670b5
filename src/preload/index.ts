import { contextBridge, ipcRenderer } from 'electron';
import { invokeChannels, isMenuCommand, menuCommandChannel, snapshotRequestChannel } from '../shared/ipc/channels';
import type { HostBridge } from '../shared/ipc/contract';

// Without isolation the page could reach ipcRenderer itself; refuse to expose anything.
if (!process.contextIsolated) {
  throw new Error('Silk Ledger requires contextIsolation; the preload exposes nothing without it.');
}

const bridge: HostBridge = {
  openSpreadsheet: (args) => ipcRenderer.invoke(invokeChannels.openSpreadsheet, args),
  saveExport: (args) => ipcRenderer.invoke(invokeChannels.saveExport, args),
  openBackup: (args) => ipcRenderer.invoke(invokeChannels.openBackup, args),
  writeSnapshot: (args) => ipcRenderer.invoke(invokeChannels.writeSnapshot, args),
  dataChanged: (args) => ipcRenderer.invoke(invokeChannels.dataChanged, args),
  onMenuCommand(listener) {
    const relay = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, relay);
    return () => ipcRenderer.removeListener(menuCommandChannel, relay);
  },
  onSnapshotRequest(listener) {
    const relay = () => listener();
    ipcRenderer.on(snapshotRequestChannel, relay);
    return () => ipcRenderer.removeListener(snapshotRequestChannel, relay);
  },
};

contextBridge.exposeInMainWorld('silkLedger', bridge);
