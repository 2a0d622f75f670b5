import type { SheetGridTally } from './sheetGridTally';

/**
 * Tallies the cells SheetJS's .xlsx worksheet reader (parse_ws_xml_data in xlsx.mjs) would build,
 * from worksheet XML as it arrives in pieces. SheetJS does not parse that XML: it splits the text
 * at every "<c " (with any prefix) and at every "</row>", and each piece becomes a cell, blank or
 * not. This reader splits the same way, quotes and all, so it sees every cell SheetJS would; and
 * it places each cell where SheetJS would, by its r="B7" reference, so a stray value in column XFD
 * widens the used area here just as it does after reading.
 */
export class SpreadsheetMlCellCounter {
  private state = textState;
  private closing = false;
  private name = '';
  private tagText = '';
  private row = 0;
  private column = -1;
  private cell: { row: number; column: number; filled: boolean } | null = null;

  constructor(private readonly tally: SheetGridTally) {}

  /** A new worksheet part, by its path: cells are placed from its own first row. */
  startPart(path: string): void {
    this.endCell();
    this.tally.startSheet(path);
    this.state = textState;
    this.row = 0;
    this.column = -1;
  }

  write(text: string): void {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (this.state === textState) {
        if (code === 0x3c) this.state = tagStart;
      } else if (this.state === tagStart) {
        this.closing = code === 0x2f;
        this.name = '';
        this.state = nameState;
        if (!this.closing) this.readName(code);
      } else if (this.state === nameState) {
        this.readName(code);
      } else if (code === 0x3e) {
        this.endTagText();
      } else if (code === 0x3c) {
        // SheetJS ends a tag at its first ">", but a "<" here still starts the next one.
        this.endTagText();
        this.state = tagStart;
      } else if (this.tagText.length < longestKeptTag) {
        this.tagText += String.fromCharCode(code);
      }
    }
  }

  /** The last cell of the last part: called once every part has been written. */
  end(): void {
    this.endCell();
  }

  private readName(code: number): void {
    if (isNameCharacter(code) && this.name.length <= longestUsefulName) {
      this.name += String.fromCharCode(code);
      return;
    }
    const local = this.name.slice(this.name.indexOf(':') + 1);
    this.state = textState;
    if (code === 0x3c) this.state = tagStart;
    if (!endsName(code) || !isSingleWordPrefix(this.name)) return;
    if (this.closing) {
      if (local === 'row' && code === 0x3e) this.endCell();
      return;
    }
    if (local === 'c' || local === 'row') {
      this.endCell();
      // The white space that ended the name belongs to the tag: attributes are read after white space.
      this.tagText = ' ';
      this.state = code === 0x3e ? textState : tagTextState;
      if (code === 0x3e) this.endTagText();
    } else if ((local === 'v' || local === 'f' || local === 'is') && this.cell) {
      this.cell.filled = true;
    }
  }

  private endTagText(): void {
    const local = this.name.slice(this.name.indexOf(':') + 1);
    const attributes = readAttributes(this.tagText);
    this.state = textState;
    if (local === 'row') {
      const number = attributes.get('r');
      this.row = number === undefined ? this.row + 1 : parseInt(number, 10);
      this.column = -1;
      return;
    }
    const reference = attributes.get('r');
    if (reference === undefined) {
      this.column++;
      this.cell = { row: this.row - 1, column: this.column, filled: typeHoldsValue(attributes.get('t')) };
      return;
    }
    this.column = leadingColumn(reference);
    const place = decodeCell(reference);
    this.cell = { row: place.row, column: place.column, filled: typeHoldsValue(attributes.get('t')) };
  }

  private endCell(): void {
    if (!this.cell) return;
    this.tally.addCells(this.cell.row, 1, this.cell.column, 1, this.cell.filled);
    this.cell = null;
  }
}

const textState = 0;
const tagStart = 1;
const nameState = 2;
const tagTextState = 3;
const longestUsefulName = 40;
const longestKeptTag = 1024;

/** \w and ":", the characters SheetJS's cell and row expressions allow in a name and its prefix. */
function isNameCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x3a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** What may follow "<c" for SheetJS to split there (it takes a space; any white space is counted here). */
function endsName(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

function isSingleWordPrefix(name: string): boolean {
  const colon = name.indexOf(':');
  return colon === -1 || (colon > 0 && name.indexOf(':', colon + 1) === -1);
}

/** Attributes as SheetJS's parsexmltag reads them: prefix dropped, names lower-cased, the last one wins. */
function readAttributes(tagText: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tagText.matchAll(/\s([^"\s?>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^'">\s]+))/g)) {
    const name = match[1].slice(match[1].indexOf(':') + 1).toLowerCase();
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/**
 * A cell's type alone (no <v>, <f> or <is>) is a value for SheetJS only when it is a boolean, an
 * error or a date; "s", "n", "str" and "inlineStr" without content are blank.
 */
function typeHoldsValue(type: string | undefined): boolean {
  return type !== undefined && !['s', 'n', 'str', 'inlinestr', ''].includes(type.trim().toLowerCase());
}

/** The column SheetJS takes from the letters that start a reference ("XFD7" is 16,383). */
function leadingColumn(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const letter = reference.charCodeAt(index) - 64;
    if (letter < 1 || letter > 26) break;
    column = 26 * column + letter;
  }
  return column - 1;
}

/** SheetJS's decode_cell: every digit is the row's, every capital letter the column's. */
function decodeCell(reference: string): { row: number; column: number } {
  let row = 0;
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) row = 10 * row + (code - 0x30);
    else if (code >= 0x41 && code <= 0x5a) column = 26 * column + (code - 0x40);
  }
  return { row: row - 1, column: column - 1 };
}
