/**
 * Reads XML tags from text that arrives in pieces, keeping only a few characters between pieces,
 * for counting what SheetJS would build from an OpenDocument file before it builds anything.
 *
 * It must see every tag SheetJS sees (SheetJS finds tags with one regular expression over the
 * whole text, comments removed). Where well-formed XML and that expression agree, so does this
 * reader; where a file is not well-formed in a way that could make the two disagree (a "<" inside
 * an attribute value or a tag, a quote or "?" out of place, a value without quotes), it stops and
 * says so, and the file is refused as damaged: real writers never produce such XML.
 */

export interface XmlTag {
  /** The element name without its prefix and before any "_" suffix, as SheetJS matches names. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /**
   * By lower-case name without prefix or "_" suffix, only for wanted tags. Names SheetJS keeps
   * apart can meet here ("a:x" and "b:x_1"), so every value is kept and readers take the largest.
   */
  attributes: Map<string, AttributeValue[]>;
}

export interface AttributeValue {
  /** The value as written, or its first characters when `whole` is false. */
  text: string;
  /** False when the value was too long to keep: as a number, count it as endless. */
  whole: boolean;
  /** Whether the value holds anything but white space. */
  hasText: boolean;
}

export interface XmlTagHandler {
  wantsAttributes(name: string): boolean;
  /** Asked before each run of text: true while non-white-space text would matter. */
  readonly wantsText: boolean;
  tag(tag: XmlTag): void;
  /** Called for non-white-space character data while `wantsText`. */
  text(): void;
}

const textState = 0;
const tagStart = 1;
const nameState = 2;
const inTag = 3;
const selfClose = 4;
const attributeName = 5;
const afterAttributeName = 6;
const beforeValue = 7;
const valueState = 8;
const bangState = 9;
const bangDash = 10;
const commentState = 11;

const longestUsefulName = 40;
const longestKeptValue = 1024;

export class StrictXmlTagReader {
  /** Why the text cannot be read the way SheetJS would read it, once that is known. */
  problem: string | null = null;
  private state = textState;
  private offset = 0;
  private name = '';
  private nameHasColon = false;
  private nameFrozen = false;
  private closing = false;
  private wanted = false;
  private attributes = new Map<string, AttributeValue[]>();
  private position = 0;
  private attribute = '';
  private attributeFrozen = false;
  private attributeHasColon = false;
  private quote = 0;
  private value = '';
  private valueHasText = false;
  private dashes = 0;

  constructor(private readonly handler: XmlTagHandler) {}

  write(text: string): void {
    for (let index = 0; index < text.length && this.problem === null; index++) {
      const code = text.charCodeAt(index);
      this.position = this.offset + index;
      switch (this.state) {
        case textState:
          if (code === 0x3c) this.state = tagStart;
          else if (this.handler.wantsText && !isWhiteSpace(code)) this.handler.text();
          break;
        case tagStart:
          this.startTag(code);
          break;
        case bangState:
          // SheetJS cuts a document type declaration out in a way that can repeat the text before
          // it; OpenDocument files never have one.
          if (code === 0x44 || code === 0x64) this.fail('a document type declaration');
          this.state = code === 0x2d ? bangDash : textState;
          break;
        case bangDash:
          if (code === 0x2d) {
            this.state = commentState;
            this.dashes = 0;
          } else this.state = textState;
          break;
        case commentState:
          if (code === 0x3e && this.dashes >= 2) this.state = textState;
          this.dashes = code === 0x2d ? this.dashes + 1 : 0;
          break;
        case nameState:
          this.readName(code);
          break;
        case inTag:
          this.readBetweenAttributes(code);
          break;
        case selfClose:
          if (code === 0x3e) this.endTag(true);
          else this.fail('"/" inside a tag');
          break;
        case attributeName:
          this.readAttributeName(code);
          break;
        case afterAttributeName:
          if (code === 0x3d) this.state = beforeValue;
          else if (!isWhiteSpace(code)) this.fail('an attribute without a value');
          break;
        case beforeValue:
          if (code === 0x22 || code === 0x27) {
            this.quote = code;
            this.value = '';
            this.valueHasText = false;
            this.state = valueState;
          } else if (!isWhiteSpace(code)) this.fail('an attribute value without quotes');
          break;
        case valueState:
          this.readValue(code);
          break;
      }
      // "<!" that turned out not to open a comment leaves this "<" still to be read as a tag.
      if (this.state === textState && code === 0x3c) this.state = tagStart;
    }
    this.offset += text.length;
  }

  private startTag(code: number): void {
    if (code === 0x21) {
      this.state = bangState;
      return;
    }
    // "<?" (a processing instruction) and "<" before a space are text to SheetJS too.
    if (code === 0x3f || code === 0x3e || code === 0x22 || code === 0x3c || isWhiteSpace(code)) {
      this.state = textState;
      if (code === 0x3c) this.state = tagStart;
      return;
    }
    this.closing = code === 0x2f;
    this.name = '';
    this.nameHasColon = false;
    this.nameFrozen = false;
    this.attributes = new Map();
    this.state = nameState;
    if (!this.closing) this.readName(code);
  }

  private readName(code: number): void {
    if (isWhiteSpace(code) || code === 0x2f || code === 0x3e) {
      this.wanted = this.handler.wantsAttributes(this.name);
      this.state = inTag;
      this.readBetweenAttributes(code);
      return;
    }
    if (code === 0x3c || code === 0x22 || code === 0x3f) return this.fail('a tag name with "<", a quote or "?"');
    // SheetJS takes the name after the first ":" (the prefix may be anything) and drops a "_" suffix.
    if (code === 0x3a && !this.nameHasColon) {
      this.nameHasColon = true;
      this.name = '';
      this.nameFrozen = false;
    } else if (this.nameFrozen) {
      return;
    } else if (code === 0x5f) {
      this.nameFrozen = true;
    } else if (this.name.length > longestUsefulName) {
      this.nameFrozen = true;
      this.name = '';
    } else this.name += String.fromCharCode(code);
  }

  private readBetweenAttributes(code: number): void {
    if (isWhiteSpace(code)) return;
    if (code === 0x3e) return this.endTag(false);
    if (code === 0x2f) {
      this.state = selfClose;
      return;
    }
    if (code === 0x3c || code === 0x22 || code === 0x27 || code === 0x3d || code === 0x3f) {
      return this.fail('"<", a quote, "=" or "?" where an attribute should start');
    }
    this.attribute = '';
    this.attributeFrozen = false;
    this.attributeHasColon = false;
    this.state = attributeName;
    this.readAttributeName(code);
  }

  private readAttributeName(code: number): void {
    if (code === 0x3d) {
      this.state = beforeValue;
      return;
    }
    if (isWhiteSpace(code)) {
      this.state = afterAttributeName;
      return;
    }
    if (code === 0x3e || code === 0x2f) return this.fail('an attribute without a value');
    if (code === 0x3c || code === 0x22 || code === 0x27 || code === 0x3f) {
      return this.fail('an attribute name with "<", a quote or "?"');
    }
    if (code === 0x3a && !this.attributeHasColon) {
      this.attributeHasColon = true;
      this.attribute = '';
      this.attributeFrozen = false;
    } else if (this.attributeFrozen) {
      return;
    } else if (code === 0x5f) {
      this.attributeFrozen = true;
    } else if (this.attribute.length > longestUsefulName) {
      this.attributeFrozen = true;
      this.attribute = '';
    } else this.attribute += String.fromCharCode(code).toLowerCase();
  }

  private readValue(code: number): void {
    if (code === this.quote) {
      if (this.wanted && this.attribute !== '') {
        const values = this.attributes.get(this.attribute) ?? [];
        values.push({ text: this.value, whole: this.value.length <= longestKeptValue, hasText: this.valueHasText });
        this.attributes.set(this.attribute, values);
      }
      this.state = inTag;
      return;
    }
    if (code === 0x3c) return this.fail('"<" inside an attribute value');
    if (!this.wanted) return;
    if (!isWhiteSpace(code)) this.valueHasText = true;
    if (this.value.length <= longestKeptValue) this.value += String.fromCharCode(code);
  }

  private endTag(selfClosing: boolean): void {
    this.state = textState;
    this.handler.tag({ name: this.name, closing: this.closing, selfClosing, attributes: this.attributes });
  }

  private fail(what: string): void {
    this.problem = `its XML has ${what} at character ${this.position + 1}`;
  }
}

/** White space as JavaScript's \s sees it, which is what SheetJS's expressions split on. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
