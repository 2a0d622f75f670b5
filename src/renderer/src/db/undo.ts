import isDeepEqual from 'fast-deep-equal';
import { changedFields, fieldLabel } from '@shared/history/historyChangeText';
import type { HistoryEntry } from '@shared/model/history';
import { recordTitle } from '@shared/model/recordTitle';
import type { AnyRecord } from '@shared/model/tables';

export type Revert =
  | { ok: true; kind: 'set-deleted'; deleted: boolean }
  | { ok: true; kind: 'put'; record: AnyRecord }
  | { ok: false; message: string };

/**
 * Works out how to reverse a history entry against the record as it is now. An update is
 * reversed field by field, so later edits to other fields survive; if a later edit changed the
 * same field, the undo is refused rather than silently overwriting newer work.
 */
export function revertEntry(entry: HistoryEntry, current: AnyRecord | null): Revert {
  if (!current) return { ok: false, message: `Could not undo: the record ${entry.recordId} no longer exists` };
  const title = recordTitle(current);
  switch (entry.action) {
    case 'create':
    case 'restore':
      if (current.deletedAt !== null) return { ok: false, message: `Could not undo: “${title}” is already deleted` };
      return { ok: true, kind: 'set-deleted', deleted: true };
    case 'delete':
      if (current.deletedAt === null) return { ok: false, message: `Could not undo: “${title}” has already been restored` };
      return { ok: true, kind: 'set-deleted', deleted: false };
    case 'update': {
      const before = entry.before ?? {};
      const after = entry.after ?? {};
      const fields = changedFields(before, after);
      const currentFields = current as unknown as Record<string, unknown>;
      const changedSince = fields.filter((field) => !isDeepEqual(currentFields[field], after[field]));
      if (changedSince.length) {
        return {
          ok: false,
          message: `Could not undo: “${title}” was changed again later (${changedSince.map((field) => fieldLabel(entry.table, field)).join(', ')}); undo the later change first`,
        };
      }
      const reverted: Record<string, unknown> = { ...currentFields };
      for (const field of fields) {
        if (field in before) reverted[field] = before[field];
        else delete reverted[field];
      }
      return { ok: true, kind: 'put', record: reverted as unknown as AnyRecord };
    }
  }
}
