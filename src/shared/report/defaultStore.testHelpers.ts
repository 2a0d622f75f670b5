import datasetJson from '../../../resources/default-dataset.json';
import { datasetSchema } from '../model/dataset';
import type { HistoryEntry } from '../model/history';
import { recordTables } from '../model/tables';
import type { BackupDataset } from './backupFormat';

const { formatVersion: _formatVersion, datasetVersion, title: _title, ...defaultRecords } = datasetSchema.parse(datasetJson);

/** The default dataset as a freshly seeded store holds it: every record, its creation in history, the seed marker. */
export const defaultStore: BackupDataset = {
  ...defaultRecords,
  history: recordTables.flatMap((table) =>
    defaultRecords[table].map((record, index): HistoryEntry => ({
      id: `${record.id.slice(0, 24)}${String(index).padStart(12, '0')}`,
      at: record.createdAt,
      actor: 'Silk Ledger default dataset',
      action: 'create',
      table,
      recordId: record.id,
      before: null,
      after: { ...record },
      batchId: `default-dataset-${datasetVersion}`,
      undoOf: null,
    })),
  ),
  meta: [{ key: 'default-dataset', value: { datasetVersion, loadedAt: '2026-11-25T00:00:00.000Z' } }],
};
