import type { SheetGridTally } from './sheetGridTally';
import type { ZipPartSink } from './zipStreams';

/**
 * Tallies the cells SheetJS's .xlsb worksheet reader (parse_ws_bin in xlsx.mjs) would build, from a
 * worksheet's binary records as they are unpacked. A record is a type and a length, each a
 * variable-length number, then that many bytes: a row header names the row that the cell records
 * after it belong to, and a cell record starts with its column (a "short" cell takes the column
 * after the last one). Blank cells carry no value but SheetJS keeps them as stubs all the same.
 */
export class XlsbCellCounter implements ZipPartSink {
  private phase = typePhase;
  private typeBytes = 0;
  private type = 0;
  private lengthBytes = 0;
  private length = 0;
  private remaining = 0;
  private readonly start = new Uint8Array(4);
  private startBytes = 0;
  private row = 0;
  private column = -1;

  constructor(
    private readonly tally: SheetGridTally,
    path: string,
  ) {
    tally.startSheet(path);
  }

  write(bytes: Uint8Array): void {
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index];
      if (this.phase === typePhase) {
        // One byte, or two when the first has its high bit set; only 7 bits of each count.
        this.type = this.typeBytes === 0 ? byte & 0x7f : this.type + ((byte & 0x7f) << 7);
        this.typeBytes++;
        if (!(byte & 0x80 && this.typeBytes === 1)) this.startLength();
      } else if (this.phase === lengthPhase) {
        this.length += (byte & 0x7f) << (7 * this.lengthBytes);
        this.lengthBytes++;
        if (!(byte & 0x80) || this.lengthBytes === 4) this.startPayload();
      } else {
        if (this.startBytes < 4) this.start[this.startBytes++] = byte;
        if (--this.remaining === 0) this.endRecord();
      }
    }
  }

  end(): void {
    if (this.phase === payloadPhase) this.endRecord();
  }

  private startLength(): void {
    this.phase = lengthPhase;
    this.lengthBytes = 0;
    this.length = 0;
  }

  private startPayload(): void {
    this.startBytes = 0;
    this.remaining = this.length;
    this.phase = payloadPhase;
    if (this.length === 0) this.endRecord();
  }

  private endRecord(): void {
    const leading = this.startBytes === 4 ? new DataView(this.start.buffer).getUint32(0, true) : 0;
    if (this.type === rowHeader) {
      this.row = leading;
    } else if (fullCells.has(this.type)) {
      this.column = leading;
      this.tally.addCells(this.row, 1, this.column, 1, !blankCells.has(this.type));
    } else if (shortCells.has(this.type)) {
      this.column++;
      this.tally.addCells(this.row, 1, this.column, 1, !blankCells.has(this.type));
    }
    this.phase = typePhase;
    this.typeBytes = 0;
  }
}

const typePhase = 0;
const lengthPhase = 1;
const payloadPhase = 2;

const rowHeader = 0x0000;
/** BrtCellBlank to BrtFmlaError, and BrtCellRString: each starts with its column. */
const fullCells = new Set([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x3e]);
/** BrtShortBlank to BrtShortIsst: the next column. */
const shortCells = new Set([0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12]);
const blankCells = new Set([0x01, 0x0c]);
