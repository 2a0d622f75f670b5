import type { HistoryEntry } from '@shared/model/history';
import type { DataLayer } from './dataLayer';
import type { DataResult } from './dataErrors';

/**
 * The analyst's own changes in this session, for Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z. Undo writes
 * new history entries (it never erases any); redo is the undo of those entries.
 */
export class ChangeUndoStack {
  private readonly undoable: HistoryEntry[][] = [];
  private redoable: HistoryEntry[][] = [];
  private replaying = false;

  /** Given to the data layer as onCommitted: every change the analyst makes lands here. */
  readonly record = (entries: HistoryEntry[]) => {
    if (this.replaying) return;
    this.undoable.push(entries);
    this.redoable = [];
  };

  /** Forgets the session's changes, after a restore or reset replaced the history they belong to. */
  clear(): void {
    this.undoable.length = 0;
    this.redoable = [];
  }

  undo(data: DataLayer): Promise<DataResult<HistoryEntry[]> | null> {
    return this.replay(data, this.undoable, this.redoable);
  }

  redo(data: DataLayer): Promise<DataResult<HistoryEntry[]> | null> {
    return this.replay(data, this.redoable, this.undoable);
  }

  private async replay(
    data: DataLayer,
    from: HistoryEntry[][],
    to: HistoryEntry[][],
  ): Promise<DataResult<HistoryEntry[]> | null> {
    const group = from.pop();
    if (!group) return null;
    this.replaying = true;
    try {
      const written: HistoryEntry[] = [];
      for (const entry of [...group].reverse()) {
        const result = await data.undo(entry);
        if (!result.ok) {
          // A later change blocks this one; keep it on the stack so the analyst can see why and retry.
          from.push(group);
          return result;
        }
        written.push(...result.value);
      }
      to.push(written);
      return { ok: true, value: written };
    } finally {
      this.replaying = false;
    }
  }
}
