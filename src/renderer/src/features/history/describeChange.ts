import type { HistoryEntry } from '@shared/model/history';
import { changedFields } from '../../db/undo';

/** One line saying what a history entry did: "Created", "Changed title, money", "Deleted". */
export function describeChange(entry: HistoryEntry): string {
  switch (entry.action) {
    case 'create':
      return 'Created';
    case 'delete':
      return 'Deleted';
    case 'restore':
      return 'Restored';
    case 'update': {
      const fields = changedFields(entry.before ?? {}, entry.after ?? {});
      return fields.length ? `Changed ${fields.join(', ')}` : 'Saved without changes';
    }
  }
}
