/// <reference types="vite/client" />
import type { HostBridge } from '@shared/ipc/contract';

declare global {
  interface Window {
    silkLedger?: HostBridge;
  }
}
