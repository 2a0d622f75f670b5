import { lazy, useCallback, useState } from 'react';
import { restoreBackup } from '../../db/replaceStore';
import { useStore } from '../../db/storeContext';
import type { BackupKind } from '../../platform/platform';
import { usePlatform } from '../../platform/PlatformProvider';
import { useNotices } from '../../ui/Notices';
import { inBackupWorker } from '../../workers/backupWorkerClient';
import type { OpenedBackupResult } from '../../db/storeBackupFile';
import type { RestoreState } from './RestoreDialog';
import { useSnapshotDuty } from './useSnapshotDuty';

// Loaded when a backup is opened, not with the window (App.tsx says why).
const RestoreDialog = lazy(() => import('./RestoreDialog').then((module) => ({ default: module.RestoreDialog })));

/**
 * Save data as workbook…, Open data workbook…, Back up now and Restore from backup…, with the
 * restore preview they open, and the automatic snapshots the desktop host asks for.
 */
export function useBackupCommands() {
  const { db, changes, analystName } = useStore();
  const platform = usePlatform();
  const { notify } = useNotices();
  const [restoring, setRestoring] = useState<RestoreState>();

  const buildBackup = useCallback(
    (generatedAt = new Date()) => inBackupWorker((worker) => worker.buildBackup(db.name, analystName(), generatedAt)),
    [db, analystName],
  );

  /** Returns whether the snapshot was stored, so a restore can refuse to go on without one. */
  const backUp = useCallback(
    async (announce: boolean): Promise<boolean> => {
      try {
        const saved = await platform.writeSnapshot(await buildBackup());
        if (!saved.ok) notify('error', `The backup was not made: ${saved.error.message}`);
        else if (announce) notify('success', `Backed up the store as ${saved.value.name}.`);
        return saved.ok;
      } catch (error) {
        notify('error', `The backup was not made: ${(error as Error).message}`);
        return false;
      }
    },
    [buildBackup, platform, notify],
  );
  const answerSnapshotRequest = useCallback(() => void backUp(false), [backUp]);
  useSnapshotDuty(platform, answerSnapshotRequest);

  async function saveDataWorkbook() {
    const generatedAt = new Date();
    const bytes = await buildBackup(generatedAt).catch((error: Error) => {
      notify('error', `The workbook was not saved: ${error.message}`);
    });
    if (!bytes) return;
    const suggestedName = `silk-ledger-data-${generatedAt.toISOString().slice(0, 10)}.xlsx`;
    const saved = await platform.saveFile({ suggestedName, format: 'xlsx', bytes });
    if (!saved.ok) notify('error', saved.error.message);
    else if (saved.value) notify('success', `Saved all data as ${saved.value.name}.`);
  }

  async function openBackup(kind: BackupKind) {
    const opened = await platform.openBackup(kind);
    if (!opened.ok) {
      setRestoring({ status: 'refused', message: opened.error.message });
      return;
    }
    if (!opened.value) return;
    const { name, bytes } = opened.value;
    const read: OpenedBackupResult = await inBackupWorker<OpenedBackupResult>((worker) => worker.readBackup(name, bytes)).catch(
      (error: Error) => ({ ok: false, message: `${name} could not be read: ${error.message}` }),
    );
    setRestoring(read.ok ? { status: 'preview', backup: read.backup } : { status: 'refused', message: read.message });
  }

  async function restore({ backUpFirst }: { backUpFirst: boolean }) {
    if (restoring?.status !== 'preview') return;
    const { backup } = restoring;
    setRestoring(undefined);
    if (backUpFirst && !(await backUp(true))) return;
    const restoredBy = analystName();
    const result = await restoreBackup(db, backup.contents, {
      fileName: backup.fileName,
      restoredAt: new Date().toISOString(),
      restoredBy,
      backupMadeAt: backup.about.generatedAt,
      backupMadeBy: backup.about.savedBy,
    });
    if (!result.ok) {
      notify('error', `The restore failed and your data was left as it was: ${result.error.message}`);
      return;
    }
    // The session's undo steps refer to history the restore replaced.
    changes.clear();
    notify(
      'success',
      `Restored ${backup.fileName}: the store now holds the data saved on ${backup.about.generatedAt.slice(0, 10)}.`,
    );
  }

  return {
    commands: {
      'save-data-workbook': () => void saveDataWorkbook(),
      'open-data-workbook': () => void openBackup('workbook'),
      'backup-now': () => void backUp(true),
      'restore-backup': () => void openBackup('snapshot'),
    },
    dialog: restoring && (
      <RestoreDialog state={restoring} onRestore={(options) => void restore(options)} onClose={() => setRestoring(undefined)} />
    ),
  };
}
