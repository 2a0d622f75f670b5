import type { InvokeName } from './channels';
import type { InvokeArguments } from './contract';

/** The first bytes of every xlsx (a zip file), and a little more. */
export const workbookBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]);

/** One well-formed call per invoke channel; the mapped type makes a new channel fail to compile until it is listed. */
export const validInvokeArguments: { [K in InvokeName]: InvokeArguments[K] } = {
  openSpreadsheet: {},
  saveExport: { suggestedName: 'report.xlsx', format: 'xlsx', bytes: new Uint8Array([0x50, 0x4b]) },
  openBackup: { kind: 'snapshot' },
  writeSnapshot: { workbook: workbookBytes },
  dataChanged: {},
};

export const invokeNames = Object.keys(validInvokeArguments) as InvokeName[];
