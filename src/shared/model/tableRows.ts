import type { Deal } from './deal';
import type { AnyRecord, RecordOf, RecordTable } from './tables';

/**
 * A deal as the tables show, sort and filter it: every field the deals table's columns, facets and
 * quick filter read, under the deal's own names, and the source of each citation instead of the
 * citations (the sources table counts them). The store keeps these beside the deals (recordPages.ts), so the window opens the table
 * from them without making 100,000 full deals first: a row leaves out the description, the outputs and the citations' quotes,
 * so rows are far fewer bytes to read and objects to make than the deals they stand for.
 */
export type DealRow = Pick<
  Deal,
  'id' | 'deletedAt' | 'title' | 'kind' | 'status' | 'date' | 'place' | 'parties' | 'sectors' | 'money'
> & { citedSourceIds: string[] };

/**
 * What a table shows of each record of `T`: for deals their rows, or the deals themselves, which
 * show the same way; for the small tables, the records.
 */
export type RowOf<T extends RecordTable> = T extends 'deals' ? Deal | DealRow : RecordOf<T>;
/** A row of any table, or a whole record, which shows the same way. */
export type AnyRow = AnyRecord | DealRow;

export function dealRowOf(deal: Deal): DealRow {
  return rowOfFields(
    deal,
    deal.citations.map((citation) => citation.sourceId),
  );
}

/**
 * A row as a plain object holding its own fields, as `dealRowOf` makes it. Rows read from the store
 * read their fields as they are asked for (dealRowColumns.ts); this is what they stand for.
 */
export function plainDealRow(row: DealRow): DealRow {
  return rowOfFields(row, row.citedSourceIds);
}

function rowOfFields(fields: Omit<DealRow, 'citedSourceIds'>, citedSourceIds: string[]): DealRow {
  return {
    id: fields.id,
    deletedAt: fields.deletedAt,
    title: fields.title,
    kind: fields.kind,
    status: fields.status,
    date: fields.date,
    place: fields.place,
    parties: fields.parties,
    sectors: fields.sectors,
    money: fields.money,
    citedSourceIds,
  };
}

/** The source of each of a record's citations, from its row or the record. */
export function citedSourceIdsOf(record: AnyRow): string[] {
  if ('citedSourceIds' in record) return record.citedSourceIds;
  return 'citations' in record ? record.citations.map((citation) => citation.sourceId) : [];
}
