import type { SheetGridTally } from './sheetGridTally';
import { StrictXmlTagReader, type AttributeValue, type XmlTag, type XmlTagHandler } from './strictXmlTags';

/**
 * Tallies the cells SheetJS's OpenDocument reader (parse_content_xml in xlsx.mjs) would build
 * from an .ods's content.xml or a flat .fods, by its own bookkeeping: a row's
 * number-rows-repeated holds until the row's end tag, and each table-cell end tag builds rows
 * repeated × columns repeated cells, from the attributes of the last cell tag seen. A repeat is
 * how one tag becomes a billion cells; the empty self-closing cells LibreOffice repeats to the
 * sheet's edge build nothing, and count for nothing here either.
 */
export class OpenDocumentCellCounter implements XmlTagHandler {
  private row = -1;
  private column = -1;
  private rowRepeat = 1;
  private lastCellAttributes = new Map<string, AttributeValue[]>();
  private cellOpen = false;
  private cellFilled = false;

  constructor(private readonly tally: SheetGridTally) {}

  get wantsText(): boolean {
    return this.cellOpen && !this.cellFilled;
  }

  wantsAttributes(name: string): boolean {
    return cellTags.has(name) || rowTags.has(name) || tableTags.has(name) || name === 'covered-table-cell';
  }

  text(): void {
    this.cellFilled = true;
  }

  tag(tag: XmlTag): void {
    if (tableTags.has(tag.name)) this.table(tag);
    else if (rowTags.has(tag.name)) this.tableRow(tag);
    else if (tag.name === 'covered-table-cell') this.coveredCell(tag);
    else if (cellTags.has(tag.name)) this.cell(tag);
  }

  private table(tag: XmlTag): void {
    if (tag.closing || tag.selfClosing) return;
    this.tally.startSheet(tag.attributes.get('name')?.[0]?.text ?? '');
    this.row = -1;
    this.column = -1;
  }

  private tableRow(tag: XmlTag): void {
    if (tag.closing) {
      this.row += this.rowRepeat;
      this.rowRepeat = 1;
      return;
    }
    if (this.row === -1) this.row = 0;
    // SheetJS reads this one as +value || 1, so "1e9" is a billion.
    this.rowRepeat = largest(tag.attributes.get('number-rows-repeated'), (text) => Number(text) || 1);
    this.column = -1;
  }

  private coveredCell(tag: XmlTag): void {
    if (tag.closing) return;
    this.lastCellAttributes = tag.attributes;
    this.column++;
    const columns = columnRepeat(tag.attributes);
    // Kept as blank cells of their row only, whatever the row's repeat.
    this.tally.addCells(this.row, 1, this.column, columns, false);
    this.column += columns - 1;
  }

  private cell(tag: XmlTag): void {
    if (tag.closing) {
      const columns = columnRepeat(this.lastCellAttributes);
      this.tally.addCells(this.row, Math.max(this.rowRepeat, 1), this.column, columns, this.cellOpen && this.cellFilled);
      this.column += columns - 1;
      this.cellOpen = false;
      return;
    }
    this.lastCellAttributes = tag.attributes;
    this.column++;
    const types = (tag.attributes.get('value-type') ?? []).concat(tag.attributes.get('数据类型') ?? []);
    const holdsValue =
      types.some((type) => type.hasText && !['string', 'text'].includes(type.text.trim())) ||
      (tag.attributes.get('formula') ?? []).some((formula) => formula.hasText) ||
      (tag.attributes.get('string-value') ?? []).some((value) => value.hasText);
    if (tag.selfClosing) {
      // A self-closing cell is built only when it is text, and then once, whatever its repeats.
      if (types.some((type) => type.text === 'string')) this.tally.addCells(this.row, 1, this.column, 1, holdsValue);
      this.column += columnRepeat(tag.attributes) - 1;
      return;
    }
    this.cellOpen = true;
    this.cellFilled = holdsValue;
  }
}

const tableTags = new Set(['table', '工作表']);
const rowTags = new Set(['table-row', '行']);
const cellTags = new Set(['table-cell', '数据']);

/** SheetJS reads columns repeated as parseInt(value, 10), and builds at least the one cell. */
function columnRepeat(attributes: Map<string, AttributeValue[]>): number {
  return largest(attributes.get('number-columns-repeated'), (text) => parseInt(text, 10) || 1);
}

/** The largest of an attribute's values as SheetJS would read them; a value too long to keep is endless. */
function largest(values: AttributeValue[] | undefined, read: (text: string) => number): number {
  if (!values) return 1;
  return Math.max(1, ...values.map((value) => (value.whole ? read(value.text) : Number.POSITIVE_INFINITY)));
}

/** Reads OpenDocument XML text as it arrives, into `tally`; `problem` says why it had to stop. */
export function openDocumentCellReader(tally: SheetGridTally): StrictXmlTagReader {
  return new StrictXmlTagReader(new OpenDocumentCellCounter(tally));
}
