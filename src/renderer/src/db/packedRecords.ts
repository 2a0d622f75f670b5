/**
 * Records packed for storing in a page. IndexedDB's time to read a value grows with its size, and its
 * structured clone writes every property name of every record, and every repeated value, again, so
 * plain records are several times the size of their packed page, and the window reads every deal page
 * at each start. Packed, a page lists each distinct string once, each object layout once, and the values
 * as a stream of small numbers, which unpacks to records equal to the ones packed.
 */
export interface PackedRecords extends PackedStrings {
  /** The keys of each object layout, in order. */
  shapes: string[][];
  /** The values, depth first: each a variable-length number with a `Tag` in its low 3 bits. */
  tokens: Uint8Array;
  /** Numbers that are not small whole numbers, in the order their tokens come. */
  numbers: Float64Array;
}

/** The distinct strings of a packing, numbered by `StringNumbers`. */
export interface PackedStrings {
  /**
   * The distinct strings, one after another: those of Latin-1 characters only in one text, the rest in
   * the other. IndexedDB stores a text of Latin-1 characters at a byte each, and any other at two, so
   * Latin titles do not double in size for sharing a text with Chinese ones; and a text needs no
   * decoding, as UTF-8 would.
   */
  narrowText: string;
  wideText: string;
  /** The length of each string of `narrowText`, then of each of `wideText`, in order. */
  stringLengths: Uint32Array;
  /** How many strings `narrowText` holds. */
  narrowCount: number;
}

// A plain loop: a regular expression costs more per string, and every string of every packed page passes here.
function beyondLatin1(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0xff) return true;
  return false;
}

/**
 * Numbers each distinct string as it is first met: the string's place among the Latin-1 ones times
 * two, or among the others times two plus one, by which the unpacking finds them again.
 */
export class StringNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly narrow: string[] = [];
  private readonly wide: string[] = [];

  numberOf(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      const wide = beyondLatin1(text);
      const strings = wide ? this.wide : this.narrow;
      number = strings.length * 2 + (wide ? 1 : 0);
      this.numbers.set(text, number);
      strings.push(text);
    }
    return number;
  }

  packed(): PackedStrings {
    return {
      narrowText: this.narrow.join(''),
      wideText: this.wide.join(''),
      stringLengths: Uint32Array.from([...this.narrow, ...this.wide], (text) => text.length),
      narrowCount: this.narrow.length,
    };
  }
}

/**
 * The strings of a packing, each at its number from `StringNumbers`, and null at the places no string
 * has. The list is made full first: a list with holes is slower to read from.
 */
function unpackStrings(packed: PackedStrings): (string | null)[] {
  const { stringLengths, narrowCount } = packed;
  const places = 2 * Math.max(narrowCount, stringLengths.length - narrowCount);
  const strings = new Array<string | null>(places).fill(null);
  let narrowOffset = 0;
  let wideOffset = 0;
  for (let index = 0; index < stringLengths.length; index++) {
    const stringLength = stringLengths[index];
    if (index < narrowCount) {
      strings[index * 2] = packed.narrowText.slice(narrowOffset, (narrowOffset += stringLength));
    } else {
      strings[(index - narrowCount) * 2 + 1] = packed.wideText.slice(wideOffset, (wideOffset += stringLength));
    }
  }
  return strings;
}

const enum Tag {
  /** Payload: an index into `constants`. */
  Constant = 0,
  /** Payload: the string's number from `StringNumbers`. */
  Text = 1,
  /** Payload: the number itself. */
  WholeNumber = 2,
  /** The next of `numbers`. */
  OtherNumber = 3,
  /** Payload: the length; the elements follow. */
  List = 4,
  /** Payload: the layout's index; one value per key follows. */
  Record = 5,
  /** Payload: the index of an earlier list or object among a record's values, equal to this one. */
  Repeat = 6,
}

/**
 * The depth of a record's own values (the list of records is 0, each record 1). Lists and objects
 * there that repeat within a page are stored once and unpacked as one shared object: most deals of
 * a page share their parties, sectors and empty lists with others, and each object fewer at 100,000
 * deals is 100,000 fewer for the window to make and its garbage collector to move.
 */
const SHARED_DEPTH = 2;

const constants = [null, false, true, undefined] as const;
// Small enough that the payload shifted by the tag's 3 bits stays a safe integer.
const LARGEST_WHOLE_NUMBER = 2 ** 48;

/** Thrown inside `packRecords` for a value it cannot carry exactly. */
class Unpackable extends Error {}

/**
 * The token stream being written. One buffer serves every packing (packing runs start to end without
 * pausing), so packing 512 pages does not make 512 buffers of garbage.
 */
let tokenBuffer = new Uint8Array(1 << 16);

function pushToken(length: number, tag: Tag, payload: number): number {
  let value = payload * 8 + tag;
  if (length + 8 > tokenBuffer.length) {
    const larger = new Uint8Array(tokenBuffer.length * 2);
    larger.set(tokenBuffer);
    tokenBuffer = larger;
  }
  while (value >= 128) {
    tokenBuffer[length++] = (value % 128) | 128;
    value = Math.floor(value / 128);
  }
  tokenBuffer[length++] = value;
  return length;
}

/** Object layouts as a tree of their keys, so a layout is found without joining or comparing key lists. */
interface ShapeNode {
  index: number;
  next: Map<string, ShapeNode>;
}

/**
 * Packs records made of plain objects, arrays, strings, numbers, booleans, null and undefined, as
 * records are. Returns null if any value is something else: the caller then stores that page unpacked.
 */
export function packRecords(records: readonly unknown[]): PackedRecords | null {
  const strings = new StringNumbers();
  const shapeTree: ShapeNode = { index: -1, next: new Map() };
  const shapes: string[][] = [];
  const numbers: number[] = [];
  // A record's lists and objects met so far in this page, by their encoding, to their order of meeting.
  const sharedIndexes = new Map<string, number>();
  let length = 0;

  const shapeOf = (keys: string[]): number => {
    let node = shapeTree;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { index: -1, next: new Map() }));
      node = next;
    }
    if (node.index < 0) {
      node.index = shapes.length;
      shapes.push(keys);
    }
    return node.index;
  };

  /** The exact encoding of what was written since `start`: its tokens, and the numbers they refer to. */
  const encodingSince = (start: number, numbersStart: number): string => {
    let key = '';
    for (let from = start; from < length; from += 4096) {
      // `apply` takes the typed array as it is; spreading it made a list first, at three times the cost.
      key += String.fromCharCode.apply(null, tokenBuffer.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
    }
    // Tokens are self-delimiting, so where they end and the numbers begin is never in doubt.
    return numbers.length > numbersStart ? `${key}|${numbers.slice(numbersStart).join(',')}` : key;
  };

  /** Writes a list or object, or, for a record's own value met before in this page, a reference to it. */
  const addComposite = (depth: number, write: () => void): void => {
    if (depth !== SHARED_DEPTH) return write();
    const start = length;
    const numbersStart = numbers.length;
    write();
    const key = encodingSince(start, numbersStart);
    const earlier = sharedIndexes.get(key);
    if (earlier === undefined) {
      sharedIndexes.set(key, sharedIndexes.size);
      return;
    }
    length = start;
    numbers.length = numbersStart;
    length = pushToken(length, Tag.Repeat, earlier);
  };

  const add = (value: unknown, depth: number): void => {
    switch (typeof value) {
      case 'string': {
        length = pushToken(length, Tag.Text, strings.numberOf(value));
        return;
      }
      case 'number':
        if (Number.isInteger(value) && value >= 0 && value < LARGEST_WHOLE_NUMBER && !Object.is(value, -0)) {
          length = pushToken(length, Tag.WholeNumber, value);
        } else {
          numbers.push(value);
          length = pushToken(length, Tag.OtherNumber, 0);
        }
        return;
      case 'boolean':
      case 'undefined':
        length = pushToken(length, Tag.Constant, constants.indexOf(value));
        return;
      case 'object': {
        if (value === null) {
          length = pushToken(length, Tag.Constant, 0);
          return;
        }
        if (Array.isArray(value)) {
          return addComposite(depth, () => {
            length = pushToken(length, Tag.List, value.length);
            for (const element of value) add(element, depth + 1);
          });
        }
        if (Object.getPrototypeOf(value) !== Object.prototype) throw new Unpackable();
        const keys = Object.keys(value);
        // Assigning "__proto__" would set the prototype instead of a property.
        if (keys.includes('__proto__')) throw new Unpackable();
        return addComposite(depth, () => {
          length = pushToken(length, Tag.Record, shapeOf(keys));
          for (const key of keys) add((value as Record<string, unknown>)[key], depth + 1);
        });
      }
      default:
        throw new Unpackable();
    }
  };

  try {
    add(records, 0);
  } catch (error) {
    if (error instanceof Unpackable) return null;
    throw error;
  }
  return {
    ...strings.packed(),
    shapes,
    tokens: tokenBuffer.slice(0, length),
    numbers: Float64Array.from(numbers),
  };
}

/** Freezes a shared value and everything in it: a change made through one record would show in every other. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/**
 * The records `packRecords` was given, equal to them, in the same order: fresh objects, except that
 * a list or object repeated among the page's records' own values is one object, frozen.
 */
export function unpackRecords<T>(packed: PackedRecords): T[] {
  const { tokens, numbers, shapes } = packed;
  const strings = unpackStrings(packed);
  let position = 0;
  let numberPosition = 0;
  const shared: unknown[] = [];
  // Which shared values are frozen already, so a value referred to from many records is frozen once, not at every reference.
  const frozen: boolean[] = [];

  const read = (depth: number): unknown => {
    let byte = tokens[position++];
    let value = byte & 127;
    let scale = 128;
    while (byte >= 128) {
      byte = tokens[position++];
      value += (byte & 127) * scale;
      scale *= 128;
    }
    const tag = value % 8;
    const payload = (value - tag) / 8;
    switch (tag) {
      case Tag.Constant:
        return constants[payload];
      case Tag.Text:
        return strings[payload];
      case Tag.WholeNumber:
        return payload;
      case Tag.OtherNumber:
        return numbers[numberPosition++];
      case Tag.List: {
        const list: unknown[] = [];
        for (let index = 0; index < payload; index++) list.push(read(depth + 1));
        if (depth === SHARED_DEPTH) shared.push(list);
        return list;
      }
      case Tag.Record: {
        const record: Record<string, unknown> = {};
        for (const key of shapes[payload]) record[key] = read(depth + 1);
        if (depth === SHARED_DEPTH) shared.push(record);
        return record;
      }
      default: {
        const value = shared[payload];
        if (!frozen[payload]) {
          deepFreeze(value);
          frozen[payload] = true;
        }
        return value;
      }
    }
  };
  return read(0) as T[];
}
