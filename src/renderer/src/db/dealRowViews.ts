import { plainDealRow, type DealRow } from '@shared/model/tableRows';
import type { PackedStrings } from './packedRecords';
import { APPROXIMATE_UNIT_MARK, TEXTS_PER_ROW, textPlace, type PackedDealRows, type WholeNumbers } from './dealRowLayout';

// Reading the deals' rows of a row-page section back from its columns (the layout: dealRowLayout.ts).

/** Lists read from one section, by where they start: rows with the same list share one frozen list. */
class SharedLists<T> {
  private readonly byStart = new Map<number, readonly T[]>();
  constructor(
    private readonly lists: WholeNumbers,
    private readonly elementOf: (at: number) => T,
    private readonly numbersPerElement: number,
  ) {}

  at(start: number): readonly T[] {
    let list = this.byStart.get(start);
    if (!list) {
      const elements: T[] = [];
      const end = start + 1 + this.lists[start];
      for (let at = start + 1; at < end; at += this.numbersPerElement) elements.push(this.elementOf(at));
      this.byStart.set(start, (list = Object.freeze(elements)));
    }
    return list;
  }
}

type Party = DealRow['parties'][number];
type PartialDate = NonNullable<DealRow['date']>;
type Money = NonNullable<DealRow['money']>;

/**
 * A section's strings, each cut from its text when first asked for: most rows' titles are read only
 * once they are on screen or searched, and cutting every string of 100,000 rows at once was garbage
 * for the collector to move at every start. Asked for by its stored number (one more than
 * `StringNumbers`'), 0 giving null.
 */
class SectionStrings {
  private readonly cut: (string | undefined)[];
  /** Where each string starts in its text, in `stringLengths`' order. */
  private readonly starts: Uint32Array;

  constructor(private readonly packed: PackedStrings) {
    const { stringLengths, narrowCount } = packed;
    this.cut = new Array<string | undefined>(stringLengths.length);
    this.starts = new Uint32Array(stringLengths.length);
    let offset = 0;
    for (let index = 0; index < stringLengths.length; index++) {
      if (index === narrowCount) offset = 0;
      this.starts[index] = offset;
      offset += stringLengths[index];
    }
  }

  at(stored: number): string | null {
    if (stored === 0) return null;
    const number = stored - 1;
    // Even numbers are the Latin-1 strings', odd ones the others' (StringNumbers).
    const index = number % 2 === 0 ? number / 2 : this.packed.narrowCount + (number - 1) / 2;
    let text = this.cut[index];
    if (text === undefined) {
      const start = this.starts[index];
      const whole = number % 2 === 0 ? this.packed.narrowText : this.packed.wideText;
      this.cut[index] = text = whole.slice(start, start + this.packed.stringLengths[index]);
    }
    return text;
  }
}

/** One section's columns, unpacked once, which its rows read their fields from. */
class SectionColumns {
  readonly strings: SectionStrings;
  /**
   * `texts` and `listStarts` at four bytes a number whatever their stored width, so every row of every
   * section reads through one kind of array: reads through three kinds make the engine's element
   * access polymorphic, which slowed a filter keystroke, as it asks every row whether it is deleted.
   */
  readonly texts: Uint32Array;
  readonly listStarts: Uint32Array;
  readonly amounts: Float64Array;
  /** Per row, where its amounts start in `amounts`; -1 for a row without. */
  readonly amountStarts: Int32Array;
  readonly sharedText: SharedLists<string>;
  readonly parties: SharedLists<Party>;

  constructor(packed: PackedDealRows) {
    const { count, lists } = packed;
    // Converted by the typed-array constructor, which copies; `Uint32Array.from` reads element by element.
    const texts = (this.texts = new Uint32Array(packed.texts));
    this.listStarts = new Uint32Array(packed.listStarts);
    this.amounts = packed.amounts;
    const strings = (this.strings = new SectionStrings(packed));
    this.amountStarts = new Int32Array(count);
    let amountAt = 0;
    for (let index = 0; index < count; index++) {
      if (texts[index * TEXTS_PER_ROW + textPlace.currency] === 0) this.amountStarts[index] = -1;
      else {
        this.amountStarts[index] = amountAt;
        amountAt += 3;
      }
    }
    this.sharedText = new SharedLists(lists, (at) => strings.at(lists[at])!, 1);
    this.parties = new SharedLists(
      lists,
      (at) => Object.freeze({ organizationId: strings.at(lists[at])!, role: strings.at(lists[at + 1]) as Party['role'] }),
      2,
    );
  }

  text(row: number, field: number): string | null {
    return this.strings.at(this.texts[row * TEXTS_PER_ROW + field]);
  }
}

/**
 * A deal's row, reading its fields from its section's columns as they are asked for: the table asks
 * a few fields of every row (to sort and count) and the rest only of the rows on screen. A date or
 * amount is a new object each time it is asked for; lists are shared and frozen. Its id and deletion
 * are its own fields, readonly; the other fields have no setters.
 */
export class DealRowView implements DealRow {
  // Held, not read as asked: every row's id and deletion are read on every change of the table.
  readonly id: string;
  readonly deletedAt: string | null;

  constructor(
    private readonly columns: SectionColumns,
    private readonly row: number,
  ) {
    this.id = columns.text(row, textPlace.id)!;
    this.deletedAt = columns.text(row, textPlace.deletedAt);
  }

  get title(): string {
    return this.columns.text(this.row, textPlace.title)!;
  }
  get kind(): DealRow['kind'] {
    return this.columns.text(this.row, textPlace.kind) as DealRow['kind'];
  }
  get status(): DealRow['status'] {
    return this.columns.text(this.row, textPlace.status) as DealRow['status'];
  }
  get date(): PartialDate | null {
    const unitText = this.columns.text(this.row, textPlace.dateUnit);
    if (unitText === null) return null;
    const approximate = unitText.startsWith(APPROXIMATE_UNIT_MARK);
    const date: PartialDate = {
      unit: (approximate ? unitText.slice(APPROXIMATE_UNIT_MARK.length) : unitText) as PartialDate['unit'],
      start: this.columns.text(this.row, textPlace.dateStart)!,
      end: this.columns.text(this.row, textPlace.dateEnd)!,
    };
    if (approximate) date.approximate = true;
    return date;
  }
  get place(): string {
    return this.columns.text(this.row, textPlace.place)!;
  }
  get parties(): Party[] {
    return this.columns.parties.at(this.columns.listStarts[this.row * 3]) as Party[];
  }
  get sectors(): string[] {
    return this.columns.sharedText.at(this.columns.listStarts[this.row * 3 + 1]) as string[];
  }
  get money(): Money | null {
    const at = this.columns.amountStarts[this.row];
    if (at < 0) return null;
    const { amounts } = this.columns;
    return {
      amount: amounts[at],
      currency: this.columns.text(this.row, textPlace.currency)!,
      qualifier: this.columns.text(this.row, textPlace.qualifier) as Money['qualifier'],
      usd: Number.isNaN(amounts[at + 1])
        ? null
        : {
            amount: amounts[at + 1],
            rate: amounts[at + 2],
            rateDate: this.columns.text(this.row, textPlace.rateDate),
            rateSource: this.columns.text(this.row, textPlace.rateSource),
          },
    };
  }
  get citedSourceIds(): string[] {
    return this.columns.sharedText.at(this.columns.listStarts[this.row * 3 + 2]) as string[];
  }

  /** Written out as the plain row it stands for, not as its section's columns. */
  toJSON(): DealRow {
    return plainDealRow(this);
  }
}

/**
 * The rows `packDealRows` was given, in the same order: views equal field by field to the rows
 * (`plainDealRow` makes them plain again). One small object each, instead of about six.
 */
export function unpackDealRows(packed: PackedDealRows): DealRow[] {
  const columns = new SectionColumns(packed);
  const rows: DealRow[] = new Array(packed.count);
  for (let index = 0; index < packed.count; index++) rows[index] = new DealRowView(columns, index);
  return rows;
}
