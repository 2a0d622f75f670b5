import { recordTables, type RecordTable } from '@shared/model/tables';

/** Lookups in one table answered by scanning it before a map of it is made. */
const scansBeforeMap = 16;

/**
 * Finds records (or rows) by id, the smallest tables asked first, each table scanned for its first
 * few lookups and given a map after. A lookup of an organization, as every party name is, then
 * never touches the 100,000 deals; and the few lookups of a deal after an edit (the record in the
 * detail pane) scan it, which is far cheaper than making a map of every deal each time the deals
 * change.
 */
export class RecordsById<Item extends { id: string }> {
  private readonly tables: Array<{ items: readonly Item[]; lookups: number; byId?: Map<string, Item> }>;

  constructor(all: { [T in RecordTable]: readonly Item[] }) {
    this.tables = recordTables
      .map((table) => ({ items: all[table], lookups: 0 }))
      .sort((a, b) => a.items.length - b.items.length);
  }

  get(id: string): Item | undefined {
    for (const table of this.tables) {
      if (!table.byId && ++table.lookups > scansBeforeMap) {
        table.byId = new Map(table.items.map((item) => [item.id, item]));
      }
      const item = table.byId ? table.byId.get(id) : table.items.find((candidate) => candidate.id === id);
      if (item) return item;
    }
    return undefined;
  }
}
