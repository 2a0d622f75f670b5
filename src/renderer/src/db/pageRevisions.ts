import type { Table } from 'dexie';
import type { TableSource } from './pageStorage';

/**
 * A stamp for every stored page of records or rows, new each time the page is written, kept for each
 * page store in one small value beside the pages. IndexedDB cannot say which values a write changed,
 * so without stamps every edit would make the window's live reads read every page of the deals again,
 * and of their rows. A live read asks for the stamps first and reads only the pages whose stamp it
 * has not seen (`KeptPages`). Stamps are random, not counted, so a page cleared and written again
 * never repeats the stamp a reader kept.
 */
export interface PageRevisions {
  /** The page store's name. */
  store: string;
  /** Each stored page's number, to its stamp. */
  stamps: Record<string, string>;
}

export const pageRevisionStoreName = 'pageRevisions';

export function revisionTable(source: TableSource): Table<PageRevisions, string> {
  return source.table(pageRevisionStoreName) as Table<PageRevisions, string>;
}

/** Gives each of the pages just written to `store` a new stamp; runs in the caller's transaction. */
export async function stampPages(source: TableSource, store: string, pages: readonly number[]): Promise<void> {
  if (!pages.length) return;
  const revisions = revisionTable(source);
  const stamps = { ...(await revisions.get(store))?.stamps };
  for (const page of pages) stamps[page] = crypto.randomUUID();
  await revisions.put({ store, stamps });
}

/**
 * The records (or rows) of each page as one live read last read them, with the stamp they were read
 * at. Unchanged pages keep their records, the same objects as before, which also keeps what is
 * cached per record (the quick filter's texts) valid. A page without a stamp is read every time.
 */
export class KeptPages {
  private readonly byPage = new Map<number, { stamp: string | undefined; records: readonly object[] }>();
  /** The records of each stamped part of a page made of parts (rowPages.ts), by the part's stamp. */
  private readonly partsByPage = new Map<number, Map<string, readonly object[]>>();

  /** The pages among those stored that must be read: not kept, kept at another stamp, or never stamped. */
  toRead(stored: readonly number[], stamps: Record<string, string>): number[] {
    return stored.filter((page) => {
      const stamp = stamps[page];
      return stamp === undefined || this.byPage.get(page)?.stamp !== stamp;
    });
  }

  keep(page: number, stamp: string | undefined, records: readonly object[]): void {
    this.byPage.set(page, { stamp, records });
  }

  /**
   * The records of a page read again that is made of parts, each unpacked on its own: a part kept
   * from this reader's last read of the page, by its stamp, is not unpacked again.
   */
  recordsOfParts<Part extends { stamp?: string }>(
    page: number,
    parts: readonly Part[],
    unpack: (part: Part) => readonly object[],
  ): readonly object[] {
    const before = this.partsByPage.get(page);
    const now = new Map<string, readonly object[]>();
    const records = parts.flatMap((part) => {
      const unpacked = (part.stamp !== undefined && before?.get(part.stamp)) || unpack(part);
      if (part.stamp !== undefined) now.set(part.stamp, unpacked);
      return unpacked;
    });
    this.partsByPage.set(page, now);
    return records;
  }

  /** The records of the pages stored, in their order; pages no longer stored are forgotten. */
  recordsOf<Item>(stored: readonly number[]): Item[] {
    const storedNow = new Set(stored);
    for (const page of this.byPage.keys()) if (!storedNow.has(page)) this.byPage.delete(page);
    for (const page of this.partsByPage.keys()) if (!storedNow.has(page)) this.partsByPage.delete(page);
    return stored.flatMap((page) => (this.byPage.get(page)?.records ?? []) as readonly Item[]);
  }
}
