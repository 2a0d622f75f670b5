import { plainDealRow, type DealRow } from '@shared/model/tableRows';
import { StringNumbers, type PackedStrings } from './packedRecords';

/**
 * The deals' rows of one row-page section, stored as columns. Every start reads the rows of all
 * deals, and unpacking them from `packRecords`' general stream, value by value and key by key, into
 * 100,000 rows with their dates and amounts took about 0.3 s of a 1.8 s start, most of it the
 * garbage collector moving what was made (round nine). Rows have one layout, so here each row is a
 * run of numbers in fixed places, and a row read back is a view that reads its fields from them.
 */
export interface PackedDealRows extends PackedStrings {
  count: number;
  /** Per row, `TEXTS_PER_ROW` string numbers, each one more than `StringNumbers`' (0 for null). */
  texts: WholeNumbers;
  /** Per row, where its parties, sectors and cited sources start in `lists`. */
  listStarts: WholeNumbers;
  /** Each distinct list once: how many string numbers follow, then those (a party has two). */
  lists: WholeNumbers;
  /** Per row with an amount: the amount, its value in US dollars and the rate (NaN without those two). */
  amounts: Float64Array;
}

// The places of a row's strings in `texts`.
const ID = 0;
const DELETED_AT = 1;
const TITLE = 2;
const KIND = 3;
const STATUS = 4;
const DATE_UNIT = 5;
const DATE_START = 6;
const DATE_END = 7;
const PLACE = 8;
const CURRENCY = 9;
const QUALIFIER = 10;
const RATE_DATE = 11;
const RATE_SOURCE = 12;
const TEXTS_PER_ROW = 13;

const rowKeys = 11;

/** Numbers at the fewest bytes that hold the largest of them: most sections need two bytes a number. */
type WholeNumbers = Uint8Array | Uint16Array | Uint32Array;

function narrowest(numbers: ArrayLike<number>): WholeNumbers {
  let largest = 0;
  for (let index = 0; index < numbers.length; index++) largest = Math.max(largest, numbers[index]);
  if (largest <= 0xff) return Uint8Array.from(numbers);
  return largest <= 0xffff ? Uint16Array.from(numbers) : Uint32Array.from(numbers);
}

/** Thrown inside `packDealRows` for a row that is not exactly a deal row's layout. */
class NotARow extends Error {}

function hasKeys(value: unknown, count: number): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).length === count;
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new NotARow();
  return value;
}

function amount(value: unknown): number {
  // NaN stands for "none" in `amounts`, so a NaN of the deal's own could not come back as itself.
  if (typeof value !== 'number' || Number.isNaN(value)) throw new NotARow();
  return value;
}

/**
 * The rows as columns, or null if any row is not exactly a deal row (a key more or less, a value of
 * another type): the caller then stores that section with `packRecords`, which carries anything.
 */
export function packDealRows(rows: readonly object[]): PackedDealRows | null {
  const strings = new StringNumbers();
  const count = rows.length;
  const texts = new Uint32Array(count * TEXTS_PER_ROW);
  const listStarts = new Uint32Array(count * 3);
  const amounts: number[] = [];
  const lists: number[] = [];
  const listStartsByContent = new Map<string, number>();

  const numberOf = (value: unknown): number => strings.numberOf(text(value)) + 1;
  const nullableNumberOf = (value: unknown): number => (value === null ? 0 : numberOf(value));
  const listStart = (elements: number[]): number => {
    const key = elements.join(',');
    let start = listStartsByContent.get(key);
    if (start === undefined) {
      start = lists.length;
      listStartsByContent.set(key, start);
      lists.push(elements.length, ...elements);
    }
    return start;
  };
  const textList = (value: unknown): number => {
    if (!Array.isArray(value)) throw new NotARow();
    return listStart(value.map(numberOf));
  };
  const partyList = (value: unknown): number => {
    if (!Array.isArray(value)) throw new NotARow();
    const elements: number[] = [];
    for (const party of value) {
      if (!hasKeys(party, 2)) throw new NotARow();
      elements.push(numberOf(party.organizationId), numberOf(party.role));
    }
    return listStart(elements);
  };

  try {
    rows.forEach((given, index) => {
      // A row read back is packed as the plain row it stands for.
      const row = given instanceof DealRowView ? given.toJSON() : given;
      if (!hasKeys(row, rowKeys)) throw new NotARow();
      const at = index * TEXTS_PER_ROW;
      texts[at + ID] = numberOf(row.id);
      texts[at + DELETED_AT] = nullableNumberOf(row.deletedAt);
      texts[at + TITLE] = numberOf(row.title);
      texts[at + KIND] = numberOf(row.kind);
      texts[at + STATUS] = numberOf(row.status);
      texts[at + PLACE] = numberOf(row.place);
      const { date, money } = row;
      if (date !== null) {
        if (!hasKeys(date, 3)) throw new NotARow();
        texts[at + DATE_UNIT] = numberOf(date.unit);
        texts[at + DATE_START] = numberOf(date.start);
        texts[at + DATE_END] = numberOf(date.end);
      }
      if (money !== null) {
        if (!hasKeys(money, 4)) throw new NotARow();
        texts[at + CURRENCY] = numberOf(money.currency);
        texts[at + QUALIFIER] = numberOf(money.qualifier);
        const { usd } = money;
        if (usd === null) amounts.push(amount(money.amount), NaN, NaN);
        else {
          if (!hasKeys(usd, 4)) throw new NotARow();
          amounts.push(amount(money.amount), amount(usd.amount), amount(usd.rate));
          texts[at + RATE_DATE] = nullableNumberOf(usd.rateDate);
          texts[at + RATE_SOURCE] = nullableNumberOf(usd.rateSource);
        }
      }
      listStarts[index * 3] = partyList(row.parties);
      listStarts[index * 3 + 1] = textList(row.sectors);
      listStarts[index * 3 + 2] = textList(row.citedSourceIds);
    });
  } catch (error) {
    if (error instanceof NotARow) return null;
    throw error;
  }
  return {
    ...strings.packed(),
    count,
    texts: narrowest(texts),
    listStarts: narrowest(listStarts),
    lists: narrowest(lists),
    amounts: Float64Array.from(amounts),
  };
}

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
   * section reads through one kind of array: reads through three kinds made a filter keystroke,
   * which asks every row whether it is deleted, about twice as slow.
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
      if (texts[index * TEXTS_PER_ROW + CURRENCY] === 0) this.amountStarts[index] = -1;
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
class DealRowView implements DealRow {
  // Held, not read as asked: every row's id and deletion are read on every change of the table.
  readonly id: string;
  readonly deletedAt: string | null;

  constructor(
    private readonly columns: SectionColumns,
    private readonly row: number,
  ) {
    this.id = columns.text(row, ID)!;
    this.deletedAt = columns.text(row, DELETED_AT);
  }

  get title(): string {
    return this.columns.text(this.row, TITLE)!;
  }
  get kind(): DealRow['kind'] {
    return this.columns.text(this.row, KIND) as DealRow['kind'];
  }
  get status(): DealRow['status'] {
    return this.columns.text(this.row, STATUS) as DealRow['status'];
  }
  get date(): PartialDate | null {
    const unit = this.columns.text(this.row, DATE_UNIT);
    if (unit === null) return null;
    return {
      unit: unit as PartialDate['unit'],
      start: this.columns.text(this.row, DATE_START)!,
      end: this.columns.text(this.row, DATE_END)!,
    };
  }
  get place(): string {
    return this.columns.text(this.row, PLACE)!;
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
      currency: this.columns.text(this.row, CURRENCY)!,
      qualifier: this.columns.text(this.row, QUALIFIER) as Money['qualifier'],
      usd: Number.isNaN(amounts[at + 1])
        ? null
        : {
            amount: amounts[at + 1],
            rate: amounts[at + 2],
            rateDate: this.columns.text(this.row, RATE_DATE),
            rateSource: this.columns.text(this.row, RATE_SOURCE),
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
